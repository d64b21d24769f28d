package io.aigcfactory.creative.concept;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

	void add(ConceptId id, RequirementId requirement, Direction direction, int variation, int attempt, String headline,
			String explanation, Authorship authorship, Instant at) {
		this.jdbc
			.sql("insert into concepts (id, requirement_id, angle, variation, attempt, style, headline, direction, "
					+ "explanation, writer, model, fallback_reason, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id.value(), requirement.value(), direction.angle().name(), variation, attempt, direction.style(),
					headline, direction.id(), explanation, authorship.writer(), authorship.model(),
					authorship.fallbackReason(), SqlTimestamps.of(at))
			.update();
	}

	/** How many concepts of each direction a requirement has. */
	Map<String, Integer> directionsUsed(RequirementId requirement) {
		Map<String, Integer> used = new HashMap<>();
		this.jdbc
			.sql("select direction, count(*) as n from concepts where requirement_id = ? and direction is not null "
					+ "group by direction")
			.param(requirement.value())
			.query((row, n) -> Map.entry(row.getString("direction"), row.getInt("n")))
			.list()
			.forEach((entry) -> used.put(entry.getKey(), entry.getValue()));
		return used;
	}

	/** The direction a concept was written from, if it recorded one. */
	Optional<String> directionOf(ConceptId concept) {
		return this.jdbc.sql("select direction from concepts where id = ? and direction is not null")
			.param(concept.value())
			.query(String.class)
			.optional();
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
