package io.aigcfactory.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.Samples;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.observability.DeferredTraces;
import io.aigcfactory.platform.observability.MessageTracing;
import io.aigcfactory.test.TopicProbe;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event written inside a traced piece of work carries that trace: in its outbox row,
 * on the Kafka record as {@code traceparent}, in the relay's publish span, and into the
 * consuming listener's span; and work queued in the database continues the trace that
 * queued it. (Configured as {@link OutboxParkingOnH2IntegrationTests}, so that both share
 * one application context.)
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = { OutboxParkingChecks.SETTINGS,
		OutboxParkingChecks.FAST_RETRIES, OutboxParkingChecks.FAST_POLL,
		"spring.datasource.url=jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class OutboxTracingIntegrationTests {

	@Autowired
	EventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OpenTelemetry openTelemetry;

	@Autowired
	InMemorySpanExporter spans;

	@Autowired
	DeferredTraces deferred;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void anEventCarriesTheTraceOfTheWorkThatWroteItToKafkaAndItsConsumer() {
		AssetProduced event = Samples.assetProduced("traced");
		Span work = this.openTelemetry.getTracer("test").spanBuilder("work").startSpan();
		String traceId = work.getSpanContext().getTraceId();
		try (TopicProbe topic = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			String stored;
			try (Scope scope = work.makeCurrent()) {
				stored = this.transactions.execute((status) -> {
					this.events.publish(Topics.ASSET, event);
					return this.jdbc.sql("select traceparent from outbox where event_id = ?")
						.param(event.metadata().eventId())
						.query(String.class)
						.single();
				});
			}
			finally {
				work.end();
			}
			assertThat(stored).isEqualTo("00-" + traceId + "-" + work.getSpanContext().getSpanId() + "-01");

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				List<ConsumerRecord<String, byte[]>> sent = topic.records()
					.stream()
					.filter((record) -> record.key().equals(Topics.ASSET.keyFor(event)))
					.toList();
				assertThat(sent).hasSize(1);
				Header traceparent = sent.getFirst().headers().lastHeader(MessageTracing.TRACEPARENT);
				assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(traceId);
			});
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<SpanData> trace = this.spans.getFinishedSpanItems()
				.stream()
				.filter((span) -> span.getTraceId().equals(traceId))
				.toList();
			assertThat(trace).anySatisfy((span) -> {
				assertThat(span.getName()).isEqualTo("aigc.asset.v1 publish");
				assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
				assertThat(span.getParentSpanId()).isEqualTo(work.getSpanContext().getSpanId());
			});
			assertThat(trace).as("the listener's span").anySatisfy((span) -> {
				assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
				assertThat(span.getName()).contains("aigc.asset.v1");
			});
		});
	}

	@Test
	void queuedWorkContinuesTheTraceThatQueuedItUntilItIsForgotten() {
		String subject = "publication:" + UUID.randomUUID() + ":taobao";
		Span queueing = this.openTelemetry.getTracer("test").spanBuilder("queueing").startSpan();
		try (Scope scope = queueing.makeCurrent()) {
			this.transactions.executeWithoutResult((status) -> this.deferred.remember(subject));
		}
		finally {
			queueing.end();
		}
		List<String> seen = new ArrayList<>();
		this.deferred.resume(subject, "deliver taobao",
				() -> seen.add(Span.current().getSpanContext().getTraceId() + " " + MDC.get("traceId")));
		String traceId = queueing.getSpanContext().getTraceId();
		assertThat(seen).containsExactly(traceId + " " + traceId);

		this.deferred.forget(subject);
		this.deferred.resume(subject, "deliver taobao", () -> seen.add(Span.current().getSpanContext().getTraceId()));
		assertThat(seen.get(1)).as("a new trace once forgotten").isNotEqualTo(traceId);
	}

}
