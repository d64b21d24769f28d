package io.aigcfactory.creative.bandit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Figures per tenant, category, angle and channel: the cumulative counts as the latest
 * insight reported them, and the same evidence weighted by age, which halves every
 * half-life. Each insight adds what it counts beyond the previous one to the weighted
 * evidence as new.
 */
@Repository
class AngleStatistics {

	/** The channel of figures reported for all channels together. */
	static final String ALL_CHANNELS = "";

	private final JdbcClient jdbc;

	AngleStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each angle's weighted evidence per channel, aged to {@code now}. */
	Map<Angle, Map<String, Evidence>> of(String tenantId, String category, Instant now, Duration halfLife) {
		Map<Angle, Map<String, Evidence>> statistics = new EnumMap<>(Angle.class);
		this.jdbc.sql("select * from angle_statistics where tenant_id = ? and category = ?")
			.params(tenantId, category)
			.query((row, n) -> row(row))
			.list()
			.forEach((row) -> statistics.computeIfAbsent(row.angle(), (angle) -> new HashMap<>())
				.put(row.channel(), row.weighted().aged(Duration.between(row.updatedAt(), now), halfLife)));
		return statistics;
	}

	void replace(String tenantId, String category, AngleInsight insight, Instant at, Duration halfLife) {
		String channel = (insight.channel() != null) ? insight.channel() : ALL_CHANNELS;
		Optional<Row> previous = this.jdbc
			.sql("select * from angle_statistics where tenant_id = ? and category = ? and angle = ? and channel = ?")
			.params(tenantId, category, insight.angle().name(), channel)
			.query((row, n) -> row(row))
			.optional();
		Evidence weighted = previous.map((row) -> row.weighted(insight, at, halfLife))
			.orElseGet(() -> new Evidence(insight.impressions(), insight.clicks(), insight.conversions()));
		Object[] figures = { insight.assets(), insight.impressions(), insight.clicks(), insight.conversions(),
				weighted.impressions(), weighted.clicks(), weighted.conversions(), SqlTimestamps.of(at) };
		if (previous.isPresent()) {
			this.jdbc
				.sql("update angle_statistics set assets = ?, impressions = ?, clicks = ?, conversions = ?, "
						+ "weighted_impressions = ?, weighted_clicks = ?, weighted_conversions = ?, updated_at = ? "
						+ "where tenant_id = ? and category = ? and angle = ? and channel = ?")
				.params(concat(figures, tenantId, category, insight.angle().name(), channel))
				.update();
		}
		else {
			this.jdbc
				.sql("insert into angle_statistics (assets, impressions, clicks, conversions, weighted_impressions, "
						+ "weighted_clicks, weighted_conversions, updated_at, tenant_id, category, angle, channel) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
				.params(concat(figures, tenantId, category, insight.angle().name(), channel))
				.update();
		}
	}

	private static Object[] concat(Object[] figures, Object... keys) {
		Object[] all = java.util.Arrays.copyOf(figures, figures.length + keys.length);
		System.arraycopy(keys, 0, all, figures.length, keys.length);
		return all;
	}

	private static Row row(ResultSet row) throws SQLException {
		return new Row(Angle.valueOf(row.getString("angle")), row.getString("channel"), row.getLong("impressions"),
				row.getLong("clicks"), row.getLong("conversions"),
				new Evidence(row.getDouble("weighted_impressions"), row.getDouble("weighted_clicks"),
						row.getDouble("weighted_conversions")),
				row.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/** One stored row: cumulative counts and weighted evidence as of its update. */
	private record Row(Angle angle, String channel, long impressions, long clicks, long conversions, Evidence weighted,
			Instant updatedAt) {

		/**
		 * The weighted evidence after a new cumulative report: the old aged, plus the
		 * growth; a report below the previous one (figures reset) starts over.
		 */
		Evidence weighted(AngleInsight insight, Instant at, Duration halfLife) {
			long newImpressions = insight.impressions() - this.impressions;
			long newClicks = insight.clicks() - this.clicks;
			long newConversions = insight.conversions() - this.conversions;
			if (newImpressions < 0 || newClicks < 0 || newConversions < 0) {
				return new Evidence(insight.impressions(), insight.clicks(), insight.conversions());
			}
			return this.weighted.aged(Duration.between(this.updatedAt, at), halfLife)
				.plus(newImpressions, newClicks, newConversions);
		}

	}

}
