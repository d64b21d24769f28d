package io.aigcfactory.platform.observability;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * W3C trace context as the platform carries it between services: taken from the current
 * span into an outbox row or a queued piece of work, put on Kafka records and HTTP
 * requests as the {@code traceparent} header, and continued from there. Spans are named
 * and attributed after OpenTelemetry's messaging conventions ({@code <topic> publish},
 * {@code <topic> process}). Without an OpenTelemetry SDK every method is a cheap no-op
 * and no {@code traceparent} is written.
 */
public final class MessageTracing {

	/** The W3C Trace Context header. */
	public static final String TRACEPARENT = "traceparent";

	static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");

	static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

	static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");

	static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");

	static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

	static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");

	static final AttributeKey<Long> BATCH_COUNT = AttributeKey.longKey("messaging.batch.message_count");

	private static final String TRACE_ID = "traceId";

	private static final String SPAN_ID = "spanId";

	private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {

		@Override
		public Iterable<String> keys(Map<String, String> carrier) {
			return carrier.keySet();
		}

		@Override
		public @Nullable String get(@Nullable Map<String, String> carrier, String key) {
			return (carrier != null) ? carrier.get(key) : null;
		}

	};

	private final Tracer tracer;

	private final TextMapPropagator propagator;

	public MessageTracing(OpenTelemetry openTelemetry) {
		this.tracer = openTelemetry.getTracer("io.aigcfactory.platform");
		this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
	}

	/** The {@code traceparent} of the current span, or null outside a sampled trace. */
	public @Nullable String currentTraceparent() {
		return traceparentOf(Context.current());
	}

	private @Nullable String traceparentOf(Context context) {
		if (!Span.fromContext(context).getSpanContext().isValid()) {
			return null;
		}
		Map<String, String> carrier = new HashMap<>();
		this.propagator.inject(context, carrier, Map::put);
		return carrier.get(TRACEPARENT);
	}

	/**
	 * Writes the current trace context's headers ({@code traceparent}) with the setter.
	 */
	public void injectCurrent(BiConsumer<String, String> setter) {
		if (Span.current().getSpanContext().isValid()) {
			this.propagator.inject(Context.current(), setter, BiConsumer::accept);
		}
	}

	/**
	 * Starts the producer span of an event relayed from the outbox, as a child of the
	 * trace that wrote it, and writes its {@code traceparent} on the record's headers.
	 * The caller makes it current while it sends and ends it once Kafka answers.
	 * @param traceparent the context stored with the row, or null when none was
	 */
	public Span startPublish(String topic, String key, String eventId, @Nullable String traceparent, Headers headers) {
		Span span = this.tracer.spanBuilder(topic + " publish")
			.setParent(parentOf(traceparent))
			.setSpanKind(SpanKind.PRODUCER)
			.setAttribute(MESSAGING_SYSTEM, "kafka")
			.setAttribute(DESTINATION, topic)
			.setAttribute(OPERATION_TYPE, "send")
			.setAttribute(OPERATION_NAME, "publish")
			.setAttribute(MESSAGE_ID, eventId)
			.setAttribute(MESSAGE_KEY, key)
			.startSpan();
		String own = traceparentOf(Context.root().with(span));
		if (own != null) {
			headers.remove(TRACEPARENT);
			headers.add(TRACEPARENT, own.getBytes(StandardCharsets.UTF_8));
		}
		return span;
	}

	/**
	 * Runs work that continues a stored trace context (a queued delivery) in a span of
	 * its own, a child of that context.
	 * @param traceparent the stored context; null starts a new trace
	 */
	public void run(String name, SpanKind kind, @Nullable String traceparent, Runnable work) {
		run(this.tracer.spanBuilder(name).setParent(parentOf(traceparent)).setSpanKind(kind).startSpan(), work);
	}

	/**
	 * Starts the span of a batch of records, linked to each record's own trace (a batch
	 * has many parents), as a child of the current span if there is one.
	 */
	public Span startBatch(String topic, List<? extends ConsumerRecord<?, ?>> records) {
		SpanBuilder builder = this.tracer.spanBuilder(topic + " process")
			.setSpanKind(SpanKind.CONSUMER)
			.setAttribute(MESSAGING_SYSTEM, "kafka")
			.setAttribute(DESTINATION, topic)
			.setAttribute(OPERATION_TYPE, "process")
			.setAttribute(BATCH_COUNT, (long) records.size());
		for (ConsumerRecord<?, ?> record : records) {
			SpanContext member = Span.fromContext(parentOf(traceparent(record))).getSpanContext();
			if (member.isValid()) {
				builder.addLink(member);
			}
		}
		return builder.startSpan();
	}

	/**
	 * Starts the span of one record of a batch: a child of the trace the record carries,
	 * linked to the batch's span.
	 */
	public Span startMember(ConsumerRecord<?, ?> record, Span batch) {
		SpanBuilder builder = this.tracer.spanBuilder(record.topic() + " process")
			.setParent(parentOf(traceparent(record)))
			.setSpanKind(SpanKind.CONSUMER)
			.setAttribute(MESSAGING_SYSTEM, "kafka")
			.setAttribute(DESTINATION, record.topic())
			.setAttribute(OPERATION_TYPE, "process");
		if (record.key() != null) {
			builder.setAttribute(MESSAGE_KEY, String.valueOf(record.key()));
		}
		if (batch.getSpanContext().isValid()) {
			builder.addLink(batch.getSpanContext());
		}
		return builder.startSpan();
	}

	/**
	 * Runs the handling of a batch of records in a batch span (see {@link #startBatch});
	 * within it, {@link #asMember} runs each record's part.
	 */
	public void inBatch(String topic, List<? extends ConsumerRecord<?, ?>> records, Runnable handling) {
		Span batch = startBatch(topic, records);
		run(batch, handling);
	}

	/**
	 * Runs one record's part of a batch in a span continuing the record's trace, linked
	 * to the current (batch) span, so that what it publishes stays in the record's trace.
	 */
	public void asMember(ConsumerRecord<?, ?> record, Runnable handling) {
		run(startMember(record, Span.current()), handling);
	}

	/**
	 * Makes the span current, and its ids the {@code traceId} and {@code spanId} of the
	 * logging MDC (as Micrometer Tracing does for the spans it starts), until the scope
	 * closes.
	 */
	public static Scope makeCurrent(Span span) {
		Scope scope = span.makeCurrent();
		if (!span.getSpanContext().isValid()) {
			return scope;
		}
		String traceId = MDC.get(TRACE_ID);
		String spanId = MDC.get(SPAN_ID);
		MDC.put(TRACE_ID, span.getSpanContext().getTraceId());
		MDC.put(SPAN_ID, span.getSpanContext().getSpanId());
		return () -> {
			restore(TRACE_ID, traceId);
			restore(SPAN_ID, spanId);
			scope.close();
		};
	}

	private static void restore(String key, @Nullable String value) {
		if (value != null) {
			MDC.put(key, value);
		}
		else {
			MDC.remove(key);
		}
	}

	private static void run(Span span, Runnable work) {
		try (Scope scope = makeCurrent(span)) {
			work.run();
		}
		catch (RuntimeException ex) {
			span.setStatus(StatusCode.ERROR, String.valueOf(ex.getMessage()));
			throw ex;
		}
		finally {
			span.end();
		}
	}

	/**
	 * Writes the current trace context as a W3C {@code traceparent} header with the
	 * setter, for clients that Spring does not instrument (an HTTP request built by
	 * hand). Nothing is written outside a trace.
	 */
	public static void putCurrentTraceparent(BiConsumer<String, String> setter) {
		if (Span.current().getSpanContext().isValid()) {
			W3CTraceContextPropagator.getInstance().inject(Context.current(), setter, BiConsumer::accept);
		}
	}

	/** The {@code traceparent} header a record carries, or null. */
	public static @Nullable String traceparent(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(TRACEPARENT);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private Context parentOf(@Nullable String traceparent) {
		if (traceparent == null) {
			return Context.root();
		}
		return this.propagator.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP_GETTER);
	}

}
