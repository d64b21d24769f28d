package io.aigcfactory.inference.telemetry;

import java.util.Arrays;
import java.util.List;

import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchObserver.BatchSpan;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelTelemetryTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final InMemorySpanExporter spans = InMemorySpanExporter.create();

	private final OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
		.setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(this.spans)).build())
		.build();

	@Test
	void aBatchSpanLinksTheSpansOfItsCallers() {
		BatchObserver observer = new InferenceTelemetry(this.registry, this.openTelemetry).observer("clip", 2);
		Span caller1 = this.openTelemetry.getTracer("test").spanBuilder("caller-1").startSpan();
		Span caller2 = this.openTelemetry.getTracer("test").spanBuilder("caller-2").startSpan();
		Object context1;
		Object context2;
		try (Scope scope = caller1.makeCurrent()) {
			context1 = observer.captureContext();
		}
		try (Scope scope = caller2.makeCurrent()) {
			context2 = observer.captureContext();
		}
		BatchSpan batch = observer.batchStarted("triton-0", 2, 0.5, Arrays.asList(context1, context2, null));
		batch.end(1_000_000, null);
		SpanData span = this.spans.getFinishedSpanItems().get(0);
		assertThat(span.getName()).isEqualTo("infer clip");
		assertThat(span.getLinks()).extracting(LinkData::getSpanContext)
			.containsExactly(caller1.getSpanContext(), caller2.getSpanContext());
		assertThat(span.getParentSpanContext()).isEqualTo(SpanContext.getInvalid());
	}

	@Test
	void countsBatchesRejectsAndDeadlineMisses() {
		BatchObserver observer = new InferenceTelemetry(this.registry, this.openTelemetry).observer("clip", 2);
		observer.batchStarted("triton-0", 8, 0.25, List.of()).end(2_000_000, null);
		observer.rejected(Reason.QUEUE_FULL, 2);
		observer.deadlineMissed(1, true);
		observer.queueWait(1, 500_000);
		assertThat(this.registry.get("aigc.inference.batch.size").tag("endpoint", "triton-0").summary().mean())
			.isEqualTo(8);
		assertThat(this.registry.get("aigc.inference.batch.fill").summary().mean()).isEqualTo(0.25);
		assertThat(this.registry.get("aigc.inference.rejected").tag("reason", "queue_full").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("aigc.inference.deadline.missed").tag("stage", "queued").counter().count())
			.isEqualTo(1);
		assertThat(this.registry.get("aigc.inference.queue.wait").tag("priority", "1").timer().count()).isEqualTo(1);
	}

}
