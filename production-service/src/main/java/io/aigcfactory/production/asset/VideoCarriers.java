package io.aigcfactory.production.asset;

import java.time.Instant;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The concepts chosen to carry their requirement's promo video whose asset is not
 * recorded yet.
 */
@Repository
public class VideoCarriers {

	private final JdbcClient jdbc;

	VideoCarriers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ConceptCreated concept, Instant at) {
		this.jdbc.sql("insert into video_carriers (concept_id, requirement_id, assigned_at) values (?, ?, ?)")
			.params(concept.conceptId().value(), concept.requirementId().value(), SqlTimestamps.of(at))
			.update();
	}

	/**
	 * Whether a concept of the requirement waits for its asset to be made with the video.
	 */
	boolean waiting(RequirementId requirement) {
		return this.jdbc.sql("select count(*) from video_carriers where requirement_id = ?")
			.param(requirement.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Forgets a concept's claim on the video: its asset is recorded, or production gave
	 * up on it and the requirement's next concept may carry the video instead.
	 */
	public void remove(ConceptId concept) {
		this.jdbc.sql("delete from video_carriers where concept_id = ?").param(concept.value()).update();
	}

}
