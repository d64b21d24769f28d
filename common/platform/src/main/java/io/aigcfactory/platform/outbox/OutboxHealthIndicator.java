package io.aigcfactory.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The outbox's backlog: down once the oldest row waiting to be sent is older than the
 * allowed age, which means that events stop reaching Kafka (the broker is unreachable or
 * the relay is stuck); a service in that state should stop taking work it cannot hand on,
 * so the indicator belongs to the readiness group. Parked rows are reported but do not
 * make it down: they wait for a person and hold back only their own key.
 */
class OutboxHealthIndicator implements HealthIndicator {

	private final OutboxRows rows;

	private final Duration staleAfter;

	private final Clock clock;

	OutboxHealthIndicator(OutboxRows rows, Duration staleAfter, Clock clock) {
		this.rows = rows;
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	@Override
	public Health health() {
		long pending = this.rows.pending();
		long parked = this.rows.parked();
		Optional<Instant> oldest = this.rows.oldestPending();
		Duration age = oldest.map((at) -> Duration.between(at, Instant.now(this.clock)))
			.filter((value) -> !value.isNegative())
			.orElse(Duration.ZERO);
		Health.Builder health = age.compareTo(this.staleAfter) > 0 ? Health.down() : Health.up();
		return health.withDetail("pending", pending)
			.withDetail("parked", parked)
			.withDetail("oldestPendingAge", age.toString())
			.withDetail("staleAfter", this.staleAfter.toString())
			.build();
	}

}
