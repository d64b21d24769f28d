package io.aigcfactory.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.platform.messaging.MessagingSettings;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Moves committed outbox rows to Kafka, oldest first, and deletes them once Kafka has
 * acknowledged them. A commit wakes it at once; a poll catches rows left by a crash or a
 * Kafka outage. Rows are locked while they are relayed, so replicas never send the same
 * round twice at the same time; a record may still be sent twice after a failure, which
 * consumers absorb by deduplicating on the event id.
 */
class OutboxRelay implements SmartLifecycle {

	static final String EVENT_ID_HEADER = "aigc-event-id";

	static final String EVENT_TYPE_HEADER = "aigc-event-type";

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, Object> kafka;

	private final TransactionOperations transactions;

	private final MessagingSettings.Outbox settings;

	private final Semaphore wakeUps = new Semaphore(0);

	private volatile boolean running;

	private @Nullable Thread worker;

	OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, Object> kafka, TransactionOperations transactions,
			MessagingSettings.Outbox settings) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transactions = transactions;
		this.settings = settings;
	}

	void wakeUp() {
		this.wakeUps.release();
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("outbox-relay").daemon().unstarted(this::relayUntilStopped);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.wakeUp();
		Thread stopping = this.worker;
		if (stopping == null) {
			return;
		}
		try {
			stopping.join(this.settings.sendTimeout().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop after the listeners, so that events their last records produced still go
		// out.
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	private void relayUntilStopped() {
		while (this.running) {
			try {
				this.wakeUps.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUps.drainPermits();
				relayPending();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox relay round failed; retrying at the next poll: {}", ex.toString());
			}
		}
		relayPending();
	}

	/** Relays rounds until the outbox is empty. */
	int relayPending() {
		int relayed = 0;
		Integer round;
		do {
			round = this.transactions.execute((status) -> relayRound());
			relayed += (round != null) ? round : 0;
		}
		while (round != null && round == this.settings.batchSize());
		return relayed;
	}

	private int relayRound() {
		List<OutboxRow> rows = this.jdbc.sql(
				"select id, topic, record_key, event_id, event_type, payload from outbox order by id limit ? for update")
			.param(this.settings.batchSize())
			.query(OutboxRow.class)
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		CompletableFuture<?>[] acks = rows.stream().map(this::send).toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(acks).orTimeout(this.settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS).join();
		this.jdbc.sql("delete from outbox where id in (:ids)")
			.param("ids", rows.stream().map(OutboxRow::id).toList())
			.update();
		return rows.size();
	}

	private CompletableFuture<?> send(OutboxRow row) {
		ProducerRecord<String, Object> record = new ProducerRecord<>(row.topic(), row.recordKey(), row.payload());
		record.headers().add(EVENT_ID_HEADER, row.eventId().toString().getBytes(StandardCharsets.UTF_8));
		record.headers().add(EVENT_TYPE_HEADER, row.eventType().getBytes(StandardCharsets.UTF_8));
		return this.kafka.send(record);
	}

	record OutboxRow(long id, String topic, String recordKey, UUID eventId, String eventType, byte[] payload) {
	}

}
