package io.aigcfactory.platform.outbox;

import java.time.Clock;
import java.time.Instant;

import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.FactoryEvent;
import io.aigcfactory.events.Topic;
import io.aigcfactory.platform.SqlTimestamps;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.observability.EventMeters;
import io.aigcfactory.platform.observability.MessageTracing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes each event into the {@code outbox} table of the service's database, inside the
 * caller's transaction, with the trace context of the work that wrote it, and wakes the
 * relay (and counts the event) once that transaction commits.
 */
class OutboxEventPublisher implements EventPublisher {

	private final JdbcClient jdbc;

	private final OutboxRelay relay;

	private final Clock clock;

	private final MessageTracing tracing;

	private final EventMeters meters;

	OutboxEventPublisher(JdbcClient jdbc, OutboxRelay relay, Clock clock, MessageTracing tracing, EventMeters meters) {
		this.jdbc = jdbc;
		this.relay = relay;
		this.clock = clock;
		this.tracing = tracing;
		this.meters = meters;
	}

	@Override
	public <V extends FactoryEvent> void publish(Topic<V> topic, V event) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Events are published within the transaction that changes state; "
					+ "none is active for " + event.getClass().getSimpleName());
		}
		this.jdbc
			.sql("insert into outbox (topic, record_key, event_id, event_type, payload, created_at, traceparent) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(topic.name(), topic.keyFor(event), event.metadata().eventId(), event.getClass().getSimpleName(),
					EventCodec.encode(event), SqlTimestamps.of(Instant.now(this.clock)),
					this.tracing.currentTraceparent())
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				OutboxEventPublisher.this.relay.wakeUp();
				OutboxEventPublisher.this.meters.published(topic, event);
			}

		});
	}

}
