package io.aigcfactory.inspection.review;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.SqlTimestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue's items and the audit trail of every action on them. */
@Repository
class Reviews {

	private static final String COLUMNS = "asset_id, tenant_id, requirement_id, reasons, event_json, status, claimed_by, "
			+ "claimed_at, decided_by, decision_reason, created_at, decided_at";

	private final JdbcClient jdbc;

	Reviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues an asset in review, once; false when it was queued before. */
	boolean add(AssetInspected inspected, Instant at) {
		boolean known = this.jdbc.sql("select count(*) from reviews where asset_id = ?")
			.param(inspected.assetId().value())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		String reasons = "," + String.join(",", inspected.findings().stream().map(Finding::code).distinct().toList())
				+ ",";
		this.jdbc
			.sql("insert into reviews (asset_id, tenant_id, requirement_id, reasons, event_json, status, created_at) "
					+ "values (?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(inspected.assetId().value(), inspected.metadata().tenantId(), inspected.requirementId().value(),
					reasons, new String(EventCodec.encode(inspected), StandardCharsets.UTF_8), SqlTimestamps.of(at))
			.update();
		return true;
	}

	/** An item with its row locked for a decision. */
	Optional<Stored> lock(AssetId asset, String tenantId) {
		return this.jdbc.sql("select " + COLUMNS + " from reviews where asset_id = ? and tenant_id = ? for update")
			.params(asset.value(), tenantId)
			.query((row, n) -> new Stored(item(row), event(row)))
			.optional();
	}

	Optional<ReviewItem> find(AssetId asset, String tenantId) {
		return this.jdbc.sql("select " + COLUMNS + " from reviews where asset_id = ? and tenant_id = ?")
			.params(asset.value(), tenantId)
			.query((row, n) -> item(row))
			.optional();
	}

	/**
	 * Open items of a tenant, oldest first, optionally only those with a reason and those
	 * created before a time.
	 */
	List<ReviewItem> open(String tenantId, @Nullable String reason, @Nullable Instant createdBefore, int limit) {
		StringBuilder sql = new StringBuilder(
				"select " + COLUMNS + " from reviews where tenant_id = ? and status in ('OPEN', 'CLAIMED')");
		List<Object> params = new ArrayList<>(List.of(tenantId));
		if (reason != null) {
			sql.append(" and reasons like ?");
			params.add("%," + reason + ",%");
		}
		if (createdBefore != null) {
			sql.append(" and created_at < ?");
			params.add(SqlTimestamps.of(createdBefore));
		}
		sql.append(" order by created_at, asset_id limit ").append(limit);
		return this.jdbc.sql(sql.toString()).params(params).query((row, n) -> item(row)).list();
	}

	/** Ids and tenants of open items created before a time, oldest first. */
	List<Key> openBefore(Instant createdBefore, int limit) {
		return this.jdbc
			.sql("select asset_id, tenant_id from reviews where status in ('OPEN', 'CLAIMED') and created_at < ? "
					+ "order by created_at limit " + limit)
			.param(SqlTimestamps.of(createdBefore))
			.query((row, n) -> new Key(new AssetId(row.getObject("asset_id", UUID.class)), row.getString("tenant_id")))
			.list();
	}

	/** Decided items of a tenant, newest first, with the event that queued them. */
	List<Stored> decided(String tenantId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from reviews where tenant_id = ? and status in ('APPROVED', 'REJECTED') "
					+ "order by decided_at desc limit " + limit)
			.param(tenantId)
			.query((row, n) -> new Stored(item(row), event(row)))
			.list();
	}

	void claim(AssetId asset, String reviewer, Instant at) {
		this.jdbc.sql("update reviews set status = 'CLAIMED', claimed_by = ?, claimed_at = ? where asset_id = ?")
			.params(reviewer, SqlTimestamps.of(at), asset.value())
			.update();
	}

	void decide(AssetId asset, String status, String actor, @Nullable String reason, Instant at) {
		this.jdbc.sql(
				"update reviews set status = ?, decided_by = ?, decision_reason = ?, decided_at = ? where asset_id = ?")
			.params(status, actor, reason, SqlTimestamps.of(at), asset.value())
			.update();
	}

	/** Appends to the audit trail. */
	void audit(AssetId asset, String tenantId, String action, String actor, @Nullable String reason, Instant at) {
		this.jdbc
			.sql("insert into review_decisions (asset_id, tenant_id, action, actor, reason, decided_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(asset.value(), tenantId, action, actor, reason, SqlTimestamps.of(at))
			.update();
	}

	/** The audit trail of an item, oldest first. */
	List<ReviewAction> trail(AssetId asset) {
		return this.jdbc
			.sql("select action, actor, reason, decided_at from review_decisions where asset_id = ? order by id")
			.param(asset.value())
			.query((row, n) -> new ReviewAction(row.getString("action"), row.getString("actor"),
					row.getString("reason"), row.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static ReviewItem item(ResultSet row) throws SQLException {
		AssetInspected event = event(row);
		return new ReviewItem(new AssetId(row.getObject("asset_id", UUID.class)),
				new RequirementId(row.getObject("requirement_id", UUID.class)), row.getString("tenant_id"),
				row.getString("status"),
				Arrays.stream(row.getString("reasons").split(",")).filter((code) -> !code.isEmpty()).toList(),
				event.findings(), row.getString("claimed_by"),
				instant(row.getObject("claimed_at", OffsetDateTime.class)), row.getString("decided_by"),
				row.getString("decision_reason"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
				instant(row.getObject("decided_at", OffsetDateTime.class)));
	}

	private static AssetInspected event(ResultSet row) throws SQLException {
		return (AssetInspected) EventCodec.decode(row.getString("event_json").getBytes(StandardCharsets.UTF_8),
				InspectionEvent.class);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** An item and the verdict event that queued it. */
	record Stored(ReviewItem item, AssetInspected event) {
	}

	/** Where an item is. */
	record Key(AssetId asset, String tenantId) {
	}

}
