package io.aigcfactory.distribution.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetId;
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
 * database locks while they deliver. Each claim carries a token; every outcome names it,
 * so a worker whose lease ran out and was claimed by another changes nothing.
 */
@Repository
public class Publications {

	private final JdbcClient jdbc;

	Publications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The subject under which a publication's trace context is kept for its delivery. */
	static String traceSubject(AssetId assetId, String channel) {
		return "publication:" + assetId.value() + ":" + channel;
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

	/**
	 * Claims up to {@code limit} due publications for the length of the lease, each under
	 * a new claim token that every later update of the claim must name.
	 */
	List<Pending> claimDue(int limit, Duration lease, Instant now) {
		List<UUID> due = this.jdbc
			.sql("select id from publications where status = 'PENDING' and next_attempt_at <= ? "
					+ "and (claimed_until is null or claimed_until < ?) order by next_attempt_at limit ?")
			.params(SqlTimestamps.of(now), SqlTimestamps.of(now), limit)
			.query(UUID.class)
			.list();
		List<Pending> claimed = new ArrayList<>();
		for (UUID id : due) {
			UUID token = UUID.randomUUID();
			int won = this.jdbc
				.sql("update publications set claimed_until = ?, claim_token = ? where id = ? and status = 'PENDING' "
						+ "and (claimed_until is null or claimed_until < ?)")
				.params(SqlTimestamps.of(now.plus(lease)), token, id, SqlTimestamps.of(now))
				.update();
			if (won == 1) {
				claimed.add(load(id, token));
			}
		}
		return claimed;
	}

	private Pending load(UUID id, UUID token) {
		return this.jdbc.sql("select id, channel, attempts, asset_json, created_at from publications where id = ?")
			.param(id)
			.query((row, n) -> new Pending(id, token, row.getString("channel"), row.getInt("attempts"),
					(AssetInspected) EventCodec.decode(row.getString("asset_json").getBytes(StandardCharsets.UTF_8),
							InspectionEvent.class),
					row.getObject("created_at", OffsetDateTime.class).toInstant()))
			.single();
	}

	/** Extends a claim that is still held. @return whether it was */
	boolean renew(Claim claim, Instant until) {
		return this.jdbc
			.sql("update publications set claimed_until = ? where id = ? and claim_token = ? and status = 'PENDING'")
			.params(SqlTimestamps.of(until), claim.id(), claim.token())
			.update() == 1;
	}

	/** Records a delivery, if the claim is still held. @return whether it was */
	boolean published(Claim claim, int attempts, String location, Instant at) {
		return this.jdbc
			.sql("update publications set status = 'PUBLISHED', attempts = ?, location = ?, published_at = ?, "
					+ "claimed_until = null, claim_token = null, last_error = null where id = ? and claim_token = ?")
			.params(attempts, location, SqlTimestamps.of(at), claim.id(), claim.token())
			.update() == 1;
	}

	/** Schedules another attempt, if the claim is still held. @return whether it was */
	boolean retryLater(Claim claim, int attempts, Instant next, String error) {
		return this.jdbc
			.sql("update publications set attempts = ?, next_attempt_at = ?, claimed_until = null, "
					+ "claim_token = null, last_error = ? where id = ? and claim_token = ?")
			.params(attempts, SqlTimestamps.of(next), truncate(error), claim.id(), claim.token())
			.update() == 1;
	}

	/**
	 * Gives a claim back unattempted, to be tried at {@code next}. @return whether it was
	 * held
	 */
	boolean postpone(Claim claim, Instant next) {
		return this.jdbc
			.sql("update publications set next_attempt_at = ?, claimed_until = null, claim_token = null "
					+ "where id = ? and claim_token = ?")
			.params(SqlTimestamps.of(next), claim.id(), claim.token())
			.update() == 1;
	}

	/**
	 * Records that a delivery failed for good, if the claim is still held. @return
	 * whether it was
	 */
	boolean failed(Claim claim, int attempts, String error) {
		return this.jdbc
			.sql("update publications set status = 'FAILED', attempts = ?, claimed_until = null, claim_token = null, "
					+ "last_error = ? where id = ? and claim_token = ?")
			.params(attempts, truncate(error), claim.id(), claim.token())
			.update() == 1;
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

	/** A worker's claim on a publication: its id and the token of this claim. */
	record Claim(UUID id, UUID token) {
	}

	/** A publication claimed for delivery, with when it was queued. */
	record Pending(UUID id, UUID token, String channel, int attempts, AssetInspected asset, Instant queuedAt) {

		Claim claim() {
			return new Claim(this.id, this.token);
		}

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
