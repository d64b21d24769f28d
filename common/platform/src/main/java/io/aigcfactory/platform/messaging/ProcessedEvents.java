package io.aigcfactory.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of the events each consumer has already handled, in the service's own database.
 */
class ProcessedEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProcessedEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the event as handled by the consumer; false when it already was. */
	boolean markProcessed(String consumer, UUID eventId) {
		return this.jdbc.sql(
				"insert into processed_events (consumer, event_id, processed_at) values (?, ?, ?) on conflict do nothing")
			.params(consumer, eventId, SqlTimestamps.of(Instant.now(this.clock)))
			.update() == 1;
	}

	int forgetOlderThan(Duration retention) {
		return this.jdbc.sql("delete from processed_events where processed_at < ?")
			.param(SqlTimestamps.of(Instant.now(this.clock).minus(retention)))
			.update();
	}

}
