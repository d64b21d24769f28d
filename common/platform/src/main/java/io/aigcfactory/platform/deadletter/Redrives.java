package io.aigcfactory.platform.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail of re-driven dead letters, one row per dead letter. */
class Redrives {

	private final JdbcClient jdbc;

	private final Clock clock;

	Redrives(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims a dead letter for re-driving.
	 * @return whether it was not claimed before
	 */
	boolean claim(String deadLetterTopic, int partition, long offset, String targetTopic) {
		try {
			this.jdbc
				.sql("insert into dead_letter_redrives (dead_letter_topic, dead_letter_partition, dead_letter_offset,"
						+ " target_topic, redriven_at) values (?, ?, ?, ?, ?)")
				.params(deadLetterTopic, partition, offset, targetTopic, SqlTimestamps.of(Instant.now(this.clock)))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void recordTarget(String deadLetterTopic, int partition, long offset, int targetPartition, long targetOffset) {
		this.jdbc
			.sql("update dead_letter_redrives set target_partition = ?, target_offset = ?"
					+ " where dead_letter_topic = ? and dead_letter_partition = ? and dead_letter_offset = ?")
			.params(targetPartition, targetOffset, deadLetterTopic, partition, offset)
			.update();
	}

	/**
	 * When each re-driven dead letter of the topic was re-driven, by partition and
	 * offset.
	 */
	Map<Place, Instant> of(String deadLetterTopic) {
		Map<Place, Instant> redriven = new HashMap<>();
		this.jdbc
			.sql("select dead_letter_partition, dead_letter_offset, redriven_at from dead_letter_redrives"
					+ " where dead_letter_topic = ?")
			.param(deadLetterTopic)
			.query((row, number) -> redriven.put(new Place(row.getInt(1), row.getLong(2)),
					row.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
		return redriven;
	}

	record Place(int partition, long offset) {
	}

}
