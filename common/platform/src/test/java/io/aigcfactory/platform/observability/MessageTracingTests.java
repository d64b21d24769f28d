package io.aigcfactory.platform.observability;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTracingTests {

	private final InMemorySpanExporter exported = InMemorySpanExporter.create();

	private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
		.setTracerProvider(
				SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(this.exported)).build())
		.setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
		.build();

	private final MessageTracing tracing = new MessageTracing(this.sdk);

	@AfterEach
	void close() {
		this.sdk.close();
	}

	@Test
	void theCurrentTraceparentNamesTheCurrentSpan() {
		assertThat(this.tracing.currentTraceparent()).isNull();
		Span work = this.sdk.getTracer("test").spanBuilder("work").startSpan();
		try (Scope scope = work.makeCurrent()) {
			assertThat(this.tracing.currentTraceparent()).isEqualTo(traceparent(work.getSpanContext()));
		}
		finally {
			work.end();
		}
	}

	@Test
	void aPublishSpanContinuesTheStoredTraceAndGoesOnTheRecord() {
		Span work = this.sdk.getTracer("test").spanBuilder("work").startSpan();
		work.end();
		RecordHeaders headers = new RecordHeaders();
		headers.add(MessageTracing.TRACEPARENT, "stale".getBytes(StandardCharsets.UTF_8));

		Span publish = this.tracing.startPublish("aigc.asset.v1", "key-1", "event-1",
				traceparent(work.getSpanContext()), headers);
		publish.end();

		SpanData span = spanNamed("aigc.asset.v1 publish");
		assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
		assertThat(span.getTraceId()).isEqualTo(work.getSpanContext().getTraceId());
		assertThat(span.getParentSpanId()).isEqualTo(work.getSpanContext().getSpanId());
		assertThat(span.getAttributes().get(MessageTracing.DESTINATION)).isEqualTo("aigc.asset.v1");
		assertThat(span.getAttributes().get(MessageTracing.MESSAGE_ID)).isEqualTo("event-1");
		assertThat(headers.headers(MessageTracing.TRACEPARENT)).hasSize(1);
		assertThat(new String(headers.lastHeader(MessageTracing.TRACEPARENT).value(), StandardCharsets.UTF_8))
			.isEqualTo(traceparent(publish.getSpanContext()));
	}

	@Test
	void aRowWithoutTraceContextStartsANewTrace() {
		Span publish = this.tracing.startPublish("aigc.asset.v1", "key-1", "event-1", null, new RecordHeaders());
		publish.end();
		assertThat(spanNamed("aigc.asset.v1 publish").getParentSpanContext().isValid()).isFalse();
	}

	@Test
	void aBatchSpanLinksItsMembersAndEachMemberContinuesItsOwnTrace() {
		Span first = this.sdk.getTracer("test").spanBuilder("first").startSpan();
		Span second = this.sdk.getTracer("test").spanBuilder("second").startSpan();
		first.end();
		second.end();
		List<ConsumerRecord<String, String>> records = List.of(record(first), record(second),
				new ConsumerRecord<>("aigc.asset.v1", 0, 2, "untraced", "value"));

		Span batch = this.tracing.startBatch("aigc.asset.v1", records);
		Span member = this.tracing.startMember(records.get(1), batch);
		member.end();
		batch.end();

		SpanData batchSpan = this.exported.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getSpanId().equals(batch.getSpanContext().getSpanId()))
			.findFirst()
			.orElseThrow();
		assertThat(batchSpan.getLinks()).extracting(LinkData::getSpanContext)
			.extracting(SpanContext::getSpanId)
			.containsExactly(first.getSpanContext().getSpanId(), second.getSpanContext().getSpanId());
		SpanData memberSpan = this.exported.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getSpanId().equals(member.getSpanContext().getSpanId()))
			.findFirst()
			.orElseThrow();
		assertThat(memberSpan.getTraceId()).isEqualTo(second.getSpanContext().getTraceId());
		assertThat(memberSpan.getParentSpanId()).isEqualTo(second.getSpanContext().getSpanId());
		assertThat(memberSpan.getLinks()).extracting(LinkData::getSpanContext).containsExactly(batch.getSpanContext());
	}

	private ConsumerRecord<String, String> record(Span span) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("aigc.asset.v1", 0, 0, "key", "value");
		record.headers()
			.add(MessageTracing.TRACEPARENT, traceparent(span.getSpanContext()).getBytes(StandardCharsets.UTF_8));
		return record;
	}

	private SpanData spanNamed(String name) {
		return this.exported.getFinishedSpanItems()
			.stream()
			.filter((span) -> span.getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static String traceparent(SpanContext context) {
		return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-01";
	}

}
