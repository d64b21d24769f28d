package io.aigcfactory.feedback.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.FeedbackKind;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cumulative figures per asset, and per angle and channel. */
@Repository
public class Statistics {

	private final JdbcClient jdbc;

	Statistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void count(AssetId asset, String tenantId, String category, String angle, String channel, FeedbackKind kind,
			long count, Instant at) {
		String column = column(kind);
		int updated = this.jdbc
			.sql("update asset_statistics set " + column + " = " + column + " + ?, updated_at = ? where asset_id = ?")
			.params(count, SqlTimestamps.of(at), asset.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into asset_statistics (asset_id, " + column + ", updated_at) values (?, ?, ?)")
				.params(asset.value(), count, SqlTimestamps.of(at))
				.update();
		}
		ensureAngle(tenantId, category, angle, channel, at);
		this.jdbc
			.sql("update angle_statistics set " + column + " = " + column + " + ?, changed_at = ? "
					+ "where tenant_id = ? and category = ? and angle = ? and channel = ?")
			.params(count, SqlTimestamps.of(at), tenantId, category, angle, channel)
			.update();
	}

	void countPublishedAsset(String tenantId, String category, String angle, String channel, Instant at) {
		ensureAngle(tenantId, category, angle, channel, at);
		this.jdbc
			.sql("update angle_statistics set assets = assets + 1, changed_at = ? "
					+ "where tenant_id = ? and category = ? and angle = ? and channel = ?")
			.params(SqlTimestamps.of(at), tenantId, category, angle, channel)
			.update();
	}

	private void ensureAngle(String tenantId, String category, String angle, String channel, Instant at) {
		this.jdbc
			.sql("insert into angle_statistics (tenant_id, category, angle, channel, changed_at) "
					+ "values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(tenantId, category, angle, channel, SqlTimestamps.of(at))
			.update();
	}

	/** A published asset's figures. */
	public Optional<AssetFigures> of(AssetId asset) {
		return this.jdbc.sql("select impressions, clicks, conversions from asset_statistics where asset_id = ?")
			.param(asset.value())
			.query((row, n) -> new AssetFigures(row.getLong("impressions"), row.getLong("clicks"),
					row.getLong("conversions")))
			.optional();
	}

	/**
	 * A tenant's category, angle by angle and channel by channel; figures from before
	 * channels were counted come without one.
	 */
	public List<AngleInsight> angles(String tenantId, String category) {
		return this.jdbc
			.sql("select angle, channel, assets, impressions, clicks, conversions from angle_statistics "
					+ "where tenant_id = ? and category = ? order by angle, channel")
			.params(tenantId, category)
			.query((row, n) -> new AngleInsight(Angle.valueOf(row.getString("angle")), row.getString("channel"),
					row.getLong("assets"), row.getLong("impressions"), row.getLong("clicks"),
					row.getLong("conversions")))
			.list();
	}

	/** The categories of a tenant with figures. */
	public List<String> categories(String tenantId) {
		return this.jdbc.sql("select distinct category from angle_statistics where tenant_id = ? order by category")
			.param(tenantId)
			.query(String.class)
			.list();
	}

	/** Tenant and category pairs whose figures changed since they were last announced. */
	List<Changed> changedSinceAnnounced() {
		return this.jdbc
			.sql("select s.tenant_id, s.category, max(s.changed_at) as changed_at from angle_statistics s "
					+ "left join insight_announcements a on a.tenant_id = s.tenant_id and a.category = s.category "
					+ "group by s.tenant_id, s.category, a.announced_at "
					+ "having a.announced_at is null or max(s.changed_at) > a.announced_at")
			.query((row, n) -> new Changed(row.getString("tenant_id"), row.getString("category"),
					row.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void announced(String tenantId, String category, Instant changedAt) {
		int updated = this.jdbc
			.sql("update insight_announcements set announced_at = ? where tenant_id = ? and category = ?")
			.params(SqlTimestamps.of(changedAt), tenantId, category)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into insight_announcements (tenant_id, category, announced_at) values (?, ?, ?)")
				.params(tenantId, category, SqlTimestamps.of(changedAt))
				.update();
		}
	}

	private static String column(FeedbackKind kind) {
		return switch (kind) {
			case IMPRESSION -> "impressions";
			case CLICK -> "clicks";
			case CONVERSION -> "conversions";
		};
	}

	record Changed(String tenantId, String category, Instant changedAt) {
	}

	/**
	 * An asset's cumulative figures.
	 *
	 * @param impressions impressions
	 * @param clicks clicks
	 * @param conversions conversions
	 */
	public record AssetFigures(long impressions, long clicks, long conversions) {

		public double ctr() {
			return (this.impressions != 0) ? (double) this.clicks / this.impressions : 0;
		}

		public double cvr() {
			return (this.clicks != 0) ? (double) this.conversions / this.clicks : 0;
		}

	}

}
