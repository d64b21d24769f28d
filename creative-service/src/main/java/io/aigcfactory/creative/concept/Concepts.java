package io.aigcfactory.creative.concept;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Authorship;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The concepts written for each requirement. */
@Repository
class Concepts {

	private final JdbcClient jdbc;

	Concepts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ConceptId id, RequirementId requirement, Angle angle, int variation, int attempt, String style,
			String headline, Authorship authorship, Instant at) {
		this.jdbc
			.sql("insert into concepts (id, requirement_id, angle, variation, attempt, style, headline, writer, model, "
					+ "fallback_reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), requirement.value(), angle.name(), variation, attempt, style, headline,
					authorship.writer(), authorship.model(), authorship.fallbackReason(), SqlTimestamps.of(at))
			.update();
	}

	/** How many concepts of each angle a requirement has. */
	Map<Angle, Integer> anglesUsed(RequirementId requirement) {
		Map<Angle, Integer> used = new EnumMap<>(Angle.class);
		this.jdbc.sql("select angle, count(*) as n from concepts where requirement_id = ? group by angle")
			.param(requirement.value())
			.query((row, n) -> Map.entry(Angle.valueOf(row.getString("angle")), row.getInt("n")))
			.list()
			.forEach((entry) -> used.put(entry.getKey(), entry.getValue()));
		return used;
	}

}
