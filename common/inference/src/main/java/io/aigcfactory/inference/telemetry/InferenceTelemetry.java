package io.aigcfactory.inference.telemetry;

import java.util.List;

import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;

/**
 * Builds the observer of each model's batcher from one meter registry and one
 * OpenTelemetry instance. Meter names: {@code aigc.inference.queue.wait},
 * {@code .batch.size}, {@code .batch.fill}, {@code .batch.duration}, {@code .rejected},
 * {@code .deadline.missed}, {@code .queued}, {@code .in.flight}; tagged with
 * {@code model} and, where it applies, {@code endpoint}, {@code priority}, {@code reason}
 * and {@code outcome}.
 */
public final class InferenceTelemetry {

	static final String PREFIX = "aigc.inference.";

	private final MeterRegistry registry;

	private final Tracer tracer;

	private final boolean tracing;

	public InferenceTelemetry(MeterRegistry registry, OpenTelemetry openTelemetry) {
		this.registry = registry;
		this.tracer = openTelemetry.getTracer("io.aigcfactory.inference");
		this.tracing = openTelemetry != OpenTelemetry.noop();
	}

	/**
	 * The observer to give a model's batcher.
	 */
	public BatchObserver observer(String model, int priorityLevels) {
		return new ModelTelemetry(this.registry, this.tracing ? this.tracer : null, model, priorityLevels);
	}

	/**
	 * Registers gauges reading a batcher's queue and in-flight batches.
	 */
	public void bind(DynamicBatcher<?, ?> batcher) {
		Gauge.builder(PREFIX + "queued", batcher, (b) -> b.stats().queuedItems())
			.tag("model", batcher.model())
			.description("Items waiting for a batch")
			.register(this.registry);
		List<String> endpoints = batcher.endpointNames();
		for (int i = 0; i < endpoints.size(); i++) {
			int index = i;
			Gauge.builder(PREFIX + "in.flight", batcher, (b) -> b.inFlight(index))
				.tags("model", batcher.model(), "endpoint", endpoints.get(i))
				.description("Batches sent and not yet answered")
				.register(this.registry);
		}
	}

}
