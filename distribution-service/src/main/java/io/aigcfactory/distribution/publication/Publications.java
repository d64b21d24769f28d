package io.aigcfactory.distribution.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.UuidV7;
import io.aigcfactory.platform.SqlTimestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Publications and their delivery state. Workers claim due publications with a lease (an
 * update that only one claimant can win), so replicas share the work without holding
 * database locks while they deliver.
 */
@Repository
public class Publications {

	private final JdbcClient jdbc;

	Publications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues the publication of an asset to a channel, unless it is queued already. */
	boolean enqueue(AssetInspected asset, String channel, Instant now) {
		return this.jdbc
			.sql("insert into publications (id, tenant_id, asset_id, requirement_id, channel, status, next_attempt_at, "
					+ "asset_json, created_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?) on conflict do nothing")
			.params(UuidV7.next(), asset.metadata().tenantId(), asset.assetId().value(), asset.requirementId().value(),
					channel, SqlTimestamps.of(now), new String(EventCodec.encode(asset), StandardCharsets.UTF_8),
					SqlTimestamps.of(now))
			.update() == 1;
	}

	/** Claims up to {@code limit} due publications for the length of the lease. */
	List<Pending> claimDue(int limit, Duration lease, Instant now) {
		List<UUID> due = this.jdbc
			.sql("select id from publications where status = 'PENDING' and next_attempt_at <= ? "
					+ "and (claimed_until is null or claimed_until < ?) order by next_attempt_at limit ?")
			.params(SqlTimestamps.of(now), SqlTimestamps.of(now), limit)
			.query(UUID.class)
			.list();
		List<Pending> claimed = new ArrayList<>();
		for (UUID id : due) {
			int won = this.jdbc
				.sql("update publications set claimed_until = ? where id = ? and status = 'PENDING' "
						+ "and (claimed_until is null or claimed_until < ?)")
				.params(SqlTimestamps.of(now.plus(lease)), id, SqlTimestamps.of(now))
				.update();
			if (won == 1) {
				claimed.add(load(id));
			}
		}
		return claimed;
	}

	private Pending load(UUID id) {
		return this.jdbc.sql("select id, channel, attempts, asset_json from publications where id = ?")
			.param(id)
			.query((row, n) -> new Pending(id, row.getString("channel"), row.getInt("attempts"),
					(AssetInspected) EventCodec.decode(row.getString("asset_json").getBytes(StandardCharsets.UTF_8),
							InspectionEvent.class)))
			.single();
	}

	void published(UUID id, int attempts, String location, Instant at) {
		this.jdbc
			.sql("update publications set status = 'PUBLISHED', attempts = ?, location = ?, published_at = ?, "
					+ "claimed_until = null, last_error = null where id = ?")
			.params(attempts, location, SqlTimestamps.of(at), id)
			.update();
	}

	void retryLater(UUID id, int attempts, Instant next, String error) {
		this.jdbc
			.sql("update publications set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ? "
					+ "where id = ?")
			.params(attempts, SqlTimestamps.of(next), truncate(error), id)
			.update();
	}

	void failed(UUID id, int attempts, String error) {
		this.jdbc
			.sql("update publications set status = 'FAILED', attempts = ?, claimed_until = null, last_error = ? "
					+ "where id = ?")
			.params(attempts, truncate(error), id)
			.update();
	}

	/** The publications of a tenant's asset or requirement. */
	public List<PublicationView> of(String tenantId, @Nullable UUID assetId, @Nullable UUID requirementId) {
		return this.jdbc
			.sql("select id, asset_id, requirement_id, channel, status, attempts, location, last_error, created_at, "
					+ "published_at from publications where tenant_id = ? and (asset_id = ? or requirement_id = ?) "
					+ "order by created_at")
			.params(tenantId, assetId, requirementId)
			.query((row, n) -> new PublicationView(row.getObject("id", UUID.class),
					row.getObject("asset_id", UUID.class), row.getObject("requirement_id", UUID.class),
					row.getString("channel"), row.getString("status"), row.getInt("attempts"),
					row.getString("location"), row.getString("last_error"),
					row.getObject("created_at", OffsetDateTime.class).toInstant(),
					instant(row.getObject("published_at", OffsetDateTime.class))))
			.list();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

	private static String truncate(String error) {
		return (error.length() <= 1000) ? error : error.substring(0, 997) + "...";
	}

	/** A publication claimed for delivery. */
	record Pending(UUID id, String channel, int attempts, AssetInspected asset) {
	}

	/**
	 * A publication as its API shows it.
	 *
	 * @param id the publication
	 * @param assetId the asset
	 * @param requirementId its requirement
	 * @param channel the channel
	 * @param status PENDING, PUBLISHED or FAILED
	 * @param attempts delivery attempts so far
	 * @param location where the channel put it
	 * @param lastError the last delivery error
	 * @param createdAt when it was queued
	 * @param publishedAt when it was delivered
	 */
	public record PublicationView(UUID id, UUID assetId, UUID requirementId, String channel, String status,
			int attempts, @Nullable String location, @Nullable String lastError, Instant createdAt,
			@Nullable Instant publishedAt) {
	}

}
