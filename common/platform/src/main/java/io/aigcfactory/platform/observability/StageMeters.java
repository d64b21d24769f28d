package io.aigcfactory.platform.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.aigcfactory.events.FactoryEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What each consuming stage does with the events it receives:
 * <ul>
 * <li>{@code aigc.stage.handled} (stage, tenant, outcome {@code done}, {@code duplicate}
 * or {@code failed}): throughput;</li>
 * <li>{@code aigc.stage.duration} (stage, outcome): handling time, with a percentile
 * histogram;</li>
 * <li>{@code aigc.stage.lag} (stage): from the event's {@code occurredAt} to the start of
 * its handling, with a percentile histogram: how long items wait between stages.</li>
 * </ul>
 * The stage is the consumer name given to the idempotent consumer.
 */
public final class StageMeters {

	private final MeterRegistry registry;

	private final TenantTags tenants;

	private final Clock clock;

	public StageMeters(MeterRegistry registry, TenantTags tenants, Clock clock) {
		this.registry = registry;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** Starts measuring the handling of an event, and records how long it waited. */
	public Handling start(String stage, FactoryEvent event) {
		Instant now = Instant.now(this.clock);
		Duration lag = Duration.between(event.metadata().occurredAt(), now);
		Timer.builder("aigc.stage.lag")
			.description("Time from an event's occurrence to the start of its handling")
			.tag("stage", stage)
			.publishPercentileHistogram()
			.register(this.registry)
			.record(lag.isNegative() ? Duration.ZERO : lag);
		return new Handling(stage, this.tenants.of(event.metadata().tenantId()), System.nanoTime());
	}

	/** One event being handled by one stage. */
	public final class Handling {

		private final String stage;

		private final String tenant;

		private final long startedAt;

		private Handling(String stage, String tenant, long startedAt) {
			this.stage = stage;
			this.tenant = tenant;
			this.startedAt = startedAt;
		}

		/** Records the outcome: {@code done}, {@code duplicate} or {@code failed}. */
		public void end(String outcome) {
			Counter.builder("aigc.stage.handled")
				.description("Events handled per stage")
				.tags("stage", this.stage, "tenant", this.tenant, "outcome", outcome)
				.register(StageMeters.this.registry)
				.increment();
			Timer.builder("aigc.stage.duration")
				.description("Time a stage takes to handle an event")
				.tags("stage", this.stage, "outcome", outcome)
				.publishPercentileHistogram()
				.register(StageMeters.this.registry)
				.record(Duration.ofNanos(System.nanoTime() - this.startedAt));
		}

	}

}
