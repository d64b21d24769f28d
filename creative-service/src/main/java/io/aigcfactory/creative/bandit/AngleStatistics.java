package io.aigcfactory.creative.bandit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cumulative figures per angle, tenant and category, as the latest insight reported them.
 */
@Repository
class AngleStatistics {

	private final JdbcClient jdbc;

	AngleStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Angle, AngleInsight> of(String tenantId, String category) {
		Map<Angle, AngleInsight> statistics = new EnumMap<>(Angle.class);
		this.jdbc
			.sql("select angle, assets, impressions, clicks, conversions from angle_statistics "
					+ "where tenant_id = ? and category = ?")
			.params(tenantId, category)
			.query((row, n) -> new AngleInsight(Angle.valueOf(row.getString("angle")), row.getLong("assets"),
					row.getLong("impressions"), row.getLong("clicks"), row.getLong("conversions")))
			.list()
			.forEach((insight) -> statistics.put(insight.angle(), insight));
		return statistics;
	}

	void replace(String tenantId, String category, AngleInsight insight, Instant at) {
		int updated = this.jdbc
			.sql("update angle_statistics set assets = ?, impressions = ?, clicks = ?, conversions = ?, updated_at = ? "
					+ "where tenant_id = ? and category = ? and angle = ?")
			.params(insight.assets(), insight.impressions(), insight.clicks(), insight.conversions(),
					SqlTimestamps.of(at), tenantId, category, insight.angle().name())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into angle_statistics (tenant_id, category, angle, assets, impressions, clicks, "
						+ "conversions, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
				.params(tenantId, category, insight.angle().name(), insight.assets(), insight.impressions(),
						insight.clicks(), insight.conversions(), SqlTimestamps.of(at))
				.update();
		}
	}

}
