package io.aigcfactory.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.aigcfactory.platform.SqlTimestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code outbox} table as the relay sees it. Each method is one short statement or a
 * few; the relay calls them in short transactions of their own and sends in between.
 */
class OutboxRows {

	private final JdbcClient jdbc;

	OutboxRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims, for the length of the lease, up to {@code limit} due rows that are each the
	 * oldest of their record key or follow only rows claimed with them: a row whose key
	 * has an older row still waiting (parked, backing off, or held by another relay)
	 * waits behind it. Candidates are locked with {@code skip locked}, so relays never
	 * wait on each other; the locks last only as long as the caller's transaction.
	 * @return the claimed rows, oldest first
	 */
	List<OutboxRow> claim(int limit, Instant now, Duration lease) {
		List<KeyedId> candidates = this.jdbc
			.sql("select id, record_key from outbox where status = 'PENDING' "
					+ "and (next_attempt_at is null or next_attempt_at <= ?) "
					+ "and (claimed_until is null or claimed_until < ?) order by id limit ? for update skip locked")
			.params(SqlTimestamps.of(now), SqlTimestamps.of(now), limit)
			.query(KeyedId.class)
			.list();
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Long> claimable = inKeyOrder(candidates);
		if (claimable.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("update outbox set claimed_until = :until where id in (:ids)")
			.param("until", SqlTimestamps.of(now.plus(lease)))
			.param("ids", claimable)
			.update();
		return this.jdbc
			.sql("select id, topic, record_key, event_id, event_type, payload, attempts, traceparent from outbox "
					+ "where id in (:ids) order by id")
			.param("ids", claimable)
			.query(OutboxRow.class)
			.list();
	}

	/**
	 * The candidates not preceded by an older row of their key outside the candidates.
	 */
	private List<Long> inKeyOrder(List<KeyedId> candidates) {
		Set<Long> candidateIds = new HashSet<>();
		Set<String> keys = new HashSet<>();
		long newest = 0;
		for (KeyedId candidate : candidates) {
			candidateIds.add(candidate.id());
			keys.add(candidate.recordKey());
			newest = Math.max(newest, candidate.id());
		}
		List<KeyedId> rowsOfTheseKeys = this.jdbc
			.sql("select id, record_key from outbox where record_key in (:keys) and id <= :newest order by id")
			.param("keys", keys)
			.param("newest", newest)
			.query(KeyedId.class)
			.list();
		Set<String> heldBack = new HashSet<>();
		List<Long> claimable = new ArrayList<>();
		for (KeyedId row : rowsOfTheseKeys) {
			if (heldBack.contains(row.recordKey())) {
				continue;
			}
			if (candidateIds.contains(row.id())) {
				claimable.add(row.id());
			}
			else {
				heldBack.add(row.recordKey());
			}
		}
		return claimable;
	}

	void delete(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("delete from outbox where id in (:ids)").param("ids", ids).update();
		}
	}

	void release(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update outbox set claimed_until = null where id in (:ids)").param("ids", ids).update();
		}
	}

	void retryLater(long id, int attempts, Instant next, String error) {
		this.jdbc
			.sql("update outbox set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ? "
					+ "where id = ?")
			.params(attempts, SqlTimestamps.of(next), truncate(error), id)
			.update();
	}

	void park(long id, int attempts, String error) {
		this.jdbc
			.sql("update outbox set status = 'PARKED', attempts = ?, claimed_until = null, last_error = ? "
					+ "where id = ?")
			.params(attempts, truncate(error), id)
			.update();
	}

	/** Rows waiting to be sent (due or backing off), parked ones not included. */
	long pending() {
		return this.jdbc.sql("select count(*) from outbox where status = 'PENDING'").query(Long.class).single();
	}

	/** When the oldest row waiting to be sent was written, if any waits. */
	Optional<Instant> oldestPending() {
		return this.jdbc.sql("select min(created_at) from outbox where status = 'PENDING'")
			.query((row, n) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class))
				.map(OffsetDateTime::toInstant))
			.single();
	}

	long parked() {
		return this.jdbc.sql("select count(*) from outbox where status = 'PARKED'").query(Long.class).single();
	}

	private static String truncate(String error) {
		return (error.length() <= 1000) ? error : error.substring(0, 997) + "...";
	}

	record KeyedId(long id, String recordKey) {
	}

	/** A row claimed for sending, with the sends it has failed so far. */
	record OutboxRow(long id, String topic, String recordKey, UUID eventId, String eventType, byte[] payload,
			int attempts, @Nullable String traceparent) {
	}

}
