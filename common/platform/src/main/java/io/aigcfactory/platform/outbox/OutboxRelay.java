package io.aigcfactory.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.aigcfactory.platform.boot.ShutdownOrder;
import io.aigcfactory.platform.messaging.MessagingSettings;
import io.aigcfactory.platform.polling.PollingLoop;
import io.aigcfactory.platform.outbox.OutboxRows.OutboxRow;
import io.aigcfactory.platform.observability.MessageTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Moves committed outbox rows to Kafka and deletes them once Kafka has acknowledged them.
 * A commit wakes it at once; a poll catches rows left by a crash or a Kafka outage.
 * <p>
 * Each round claims rows in one short transaction, sends them with no transaction or lock
 * open, and records the outcome in another. Rows of one record key are sent one after the
 * other, oldest first, and a key stops at its first failure, so the order per key holds;
 * different keys are sent side by side. Every send is bounded by {@code send-timeout}. A
 * failed row is retried with exponential backoff and parked after {@code max-attempts}:
 * it stays in the table with its error and holds back the later rows of its key, while
 * every other key keeps flowing. A record may be sent twice after a failure, which
 * consumers absorb by deduplicating on the event id.
 * <p>
 * Each send is a {@code <topic> publish} producer span in the trace stored with the row,
 * and the record carries that span's {@code traceparent}, so the consumer continues the
 * trace of the work that wrote the event.
 */
class OutboxRelay implements SmartLifecycle {

	static final String EVENT_ID_HEADER = "aigc-event-id";

	static final String EVENT_TYPE_HEADER = "aigc-event-type";

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRows rows;

	private final KafkaTemplate<String, Object> kafka;

	private final TransactionOperations transactions;

	private final MessagingSettings.Outbox settings;

	private final Clock clock;

	private final Counter parked;

	private final MessageTracing tracing;

	private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

	private final PollingLoop loop;

	OutboxRelay(OutboxRows rows, KafkaTemplate<String, Object> kafka, TransactionOperations transactions,
			MessagingSettings.Outbox settings, Clock clock, MeterRegistry meters, MessageTracing tracing) {
		this.rows = rows;
		this.kafka = kafka;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.tracing = tracing;
		this.parked = Counter.builder("aigc.outbox.parked")
			.description("Outbox rows parked after their last failed send")
			.register(meters);
		meters.gauge("aigc.outbox.parked.rows", rows, OutboxRows::parked);
		Gauge.builder("aigc.outbox.backlog", rows, OutboxRows::pending)
			.description("Outbox rows waiting to be sent to Kafka")
			.register(meters);
		this.loop = new PollingLoop("outbox-relay", settings.pollInterval(), this::relayPending);
	}

	void wakeUp() {
		this.loop.wakeUp();
	}

	@Override
	public void start() {
		this.loop.start();
	}

	@Override
	public void stop() {
		// The loop's last round sends what the listeners, stopped just before
		// (ShutdownOrder), wrote last.
		this.loop.stop(this.settings.sendTimeout().multipliedBy(2));
		this.senders.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.loop.isRunning();
	}

	@Override
	public int getPhase() {
		return ShutdownOrder.OUTBOX;
	}

	/** Relays rounds until a round finds fewer rows than it could take. */
	int relayPending() {
		int relayed = 0;
		int claimed;
		do {
			Round round = relayRound();
			relayed += round.sent();
			claimed = round.claimed();
		}
		while (claimed == this.settings.batchSize());
		return relayed;
	}

	private Round relayRound() {
		Duration lease = this.settings.sendTimeout().multipliedBy(2);
		List<OutboxRow> claimed = this.transactions
			.execute((status) -> this.rows.claim(this.settings.batchSize(), Instant.now(this.clock), lease));
		if (claimed == null || claimed.isEmpty()) {
			return new Round(0, 0);
		}
		Map<Long, Outcome> outcomes = sendInKeyOrder(claimed);
		List<Long> sent = new ArrayList<>();
		List<Long> unsent = new ArrayList<>();
		List<OutboxRow> failed = new ArrayList<>();
		for (OutboxRow row : claimed) {
			if (!outcomes.containsKey(row.id())) {
				unsent.add(row.id());
			}
			else if (outcomes.get(row.id()).failure() == null) {
				sent.add(row.id());
			}
			else {
				failed.add(row);
			}
		}
		this.transactions.executeWithoutResult((status) -> {
			this.rows.delete(sent);
			this.rows.release(unsent);
			failed.forEach((row) -> failed(row, outcomes.get(row.id()).failure()));
		});
		return new Round(claimed.size(), sent.size());
	}

	private void failed(OutboxRow row, @Nullable Throwable failure) {
		int attempts = row.attempts() + 1;
		String error = describe(failure);
		if (attempts >= this.settings.maxAttempts()) {
			logger.error("Outbox row {} ({} on {}, key {}) parked after {} failed sends: {}", row.id(), row.eventType(),
					row.topic(), row.recordKey(), attempts, error);
			this.rows.park(row.id(), attempts, error);
			this.parked.increment();
			return;
		}
		Duration delay = this.settings.retryDelay(attempts);
		logger.warn("Outbox row {} ({} on {}) failed to send (attempt {}), retrying in {}: {}", row.id(),
				row.eventType(), row.topic(), attempts, delay, error);
		this.rows.retryLater(row.id(), attempts, Instant.now(this.clock).plus(delay), error);
	}

	/**
	 * Sends the rows of each key in order, keys side by side, all within one send
	 * timeout.
	 * @return the outcome of each row that was tried
	 */
	private Map<Long, Outcome> sendInKeyOrder(List<OutboxRow> claimed) {
		Map<String, List<OutboxRow>> byKey = new LinkedHashMap<>();
		claimed.forEach((row) -> byKey.computeIfAbsent(row.recordKey(), (key) -> new ArrayList<>()).add(row));
		Map<Long, Outcome> outcomes = new ConcurrentHashMap<>();
		long deadline = System.nanoTime() + this.settings.sendTimeout().toNanos();
		CompletableFuture<?>[] keys = byKey.values()
			.stream()
			.map((rowsOfKey) -> sendOneAfterAnother(rowsOfKey, deadline, outcomes))
			.toArray(CompletableFuture[]::new);
		try {
			// Every step times out by the deadline; the margin covers the bookkeeping.
			CompletableFuture.allOf(keys).get(this.settings.sendTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.warn("Outbox round ended unfinished: {}", ex.toString());
		}
		return new LinkedHashMap<>(outcomes);
	}

	private CompletableFuture<Boolean> sendOneAfterAnother(List<OutboxRow> rowsOfKey, long deadline,
			Map<Long, Outcome> outcomes) {
		CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
		for (OutboxRow row : rowsOfKey) {
			chain = chain.thenComposeAsync((previousSent) -> {
				long left = deadline - System.nanoTime();
				if (!previousSent || left <= 0) {
					return CompletableFuture.completedFuture(false);
				}
				ProducerRecord<String, Object> record = record(row);
				Span span = this.tracing.startPublish(row.topic(), row.recordKey(), row.eventId().toString(),
						row.traceparent(), record.headers());
				return CompletableFuture.supplyAsync(() -> {
					try (Scope scope = MessageTracing.makeCurrent(span)) {
						return this.kafka.send(record);
					}
				}, this.senders)
					.thenCompose((ack) -> ack)
					.orTimeout(left, TimeUnit.NANOSECONDS)
					.handle((ack, failure) -> {
						Throwable unwrapped = (failure != null) ? unwrap(failure) : null;
						if (unwrapped != null) {
							span.setStatus(StatusCode.ERROR, describe(unwrapped));
						}
						span.end();
						outcomes.put(row.id(), new Outcome(unwrapped));
						return failure == null;
					});
			}, this.senders);
		}
		return chain;
	}

	private static ProducerRecord<String, Object> record(OutboxRow row) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(row.topic(), row.recordKey(), row.payload());
		record.headers().add(EVENT_ID_HEADER, row.eventId().toString().getBytes(StandardCharsets.UTF_8));
		record.headers().add(EVENT_TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8));
		return record;
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause() : failure;
	}

	private String describe(@Nullable Throwable failure) {
		if (failure instanceof TimeoutException) {
			return "No acknowledgement from Kafka within " + this.settings.sendTimeout();
		}
		if (failure == null) {
			return "unknown failure";
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return (cause != failure) ? failure + ", caused by " + cause : failure.toString();
	}

	private record Round(int claimed, int sent) {
	}

	/** How the send of one row ended: acknowledged, or its failure. */
	private record Outcome(@Nullable Throwable failure) {
	}

}
