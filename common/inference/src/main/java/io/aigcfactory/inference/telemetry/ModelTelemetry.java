package io.aigcfactory.inference.telemetry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.batch.BatchObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import org.jspecify.annotations.Nullable;

/**
 * One model's meters and batch spans. Meters used per item are looked up once and kept,
 * so that observing costs a few hundred nanoseconds; each batch span links the spans of
 * the callers whose items it carries, since a batch has many parents.
 */
final class ModelTelemetry implements BatchObserver {

	private static final AttributeKey<String> MODEL = AttributeKey.stringKey("aigc.inference.model");

	private static final AttributeKey<String> ENDPOINT = AttributeKey.stringKey("aigc.inference.endpoint");

	private static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("aigc.inference.batch.size");

	private final MeterRegistry registry;

	private final @Nullable Tracer tracer;

	private final String model;

	private final Timer[] queueWait;

	private final Map<String, EndpointMeters> endpoints = new ConcurrentHashMap<>();

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	ModelTelemetry(MeterRegistry registry, @Nullable Tracer tracer, String model, int priorityLevels) {
		this.registry = registry;
		this.tracer = tracer;
		this.model = model;
		this.queueWait = new Timer[priorityLevels + 1];
		for (int level = 1; level <= priorityLevels; level++) {
			this.queueWait[level] = Timer.builder(InferenceTelemetry.PREFIX + "queue.wait")
				.tags("model", model, "priority", Integer.toString(level))
				.description("Time from submission to dispatch in a batch")
				.publishPercentileHistogram()
				.register(registry);
		}
	}

	@Override
	public @Nullable Object captureContext() {
		if (this.tracer == null) {
			return null;
		}
		SpanContext context = Span.current().getSpanContext();
		return context.isValid() ? context : null;
	}

	@Override
	public void rejected(InferenceException.Reason reason, int priority) {
		counter("rejected", "reason", reason.name().toLowerCase(Locale.ROOT)).increment();
	}

	@Override
	public void deadlineMissed(int priority, boolean queued) {
		counter("deadline.missed", "stage", queued ? "queued" : "in_flight").increment();
	}

	@Override
	public void queueWait(int priority, long nanos) {
		this.queueWait[priority].record(nanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public BatchSpan batchStarted(String endpoint, int items, double fill, List<@Nullable Object> callerContexts) {
		EndpointMeters meters = this.endpoints.computeIfAbsent(endpoint, this::endpointMeters);
		meters.size.record(items);
		meters.fill.record(fill);
		Span span = startSpan(endpoint, items, callerContexts);
		return (nanos, error) -> {
			(error == null ? meters.succeeded : meters.failed).record(nanos, TimeUnit.NANOSECONDS);
			if (span != null) {
				if (error != null) {
					span.setStatus(StatusCode.ERROR, error.getMessage());
				}
				span.end();
			}
		};
	}

	private @Nullable Span startSpan(String endpoint, int items, List<@Nullable Object> callerContexts) {
		if (this.tracer == null) {
			return null;
		}
		SpanBuilder builder = this.tracer.spanBuilder("infer " + this.model)
			.setSpanKind(SpanKind.CLIENT)
			.setNoParent()
			.setAttribute(MODEL, this.model)
			.setAttribute(ENDPOINT, endpoint)
			.setAttribute(BATCH_SIZE, (long) items);
		for (Object context : callerContexts) {
			if (context instanceof SpanContext caller) {
				builder.addLink(caller);
			}
		}
		return builder.startSpan();
	}

	private Counter counter(String name, String tag, String value) {
		return this.counters.computeIfAbsent(name + '|' + value,
				(key) -> Counter.builder(InferenceTelemetry.PREFIX + name)
					.tags("model", this.model, tag, value)
					.register(this.registry));
	}

	private EndpointMeters endpointMeters(String endpoint) {
		String prefix = InferenceTelemetry.PREFIX;
		return new EndpointMeters(
				DistributionSummary.builder(prefix + "batch.size")
					.tags("model", this.model, "endpoint", endpoint)
					.description("Items per batch")
					.register(this.registry),
				DistributionSummary.builder(prefix + "batch.fill")
					.tags("model", this.model, "endpoint", endpoint)
					.description("Batch cost as a fraction of the maximum")
					.register(this.registry),
				batchTimer(endpoint, "success"), batchTimer(endpoint, "failure"));
	}

	private Timer batchTimer(String endpoint, String outcome) {
		return Timer.builder(InferenceTelemetry.PREFIX + "batch.duration")
			.tags("model", this.model, "endpoint", endpoint, "outcome", outcome)
			.description("Time from sending a batch to its answer")
			.publishPercentileHistogram()
			.register(this.registry);
	}

	private record EndpointMeters(DistributionSummary size, DistributionSummary fill, Timer succeeded, Timer failed) {
	}

}
