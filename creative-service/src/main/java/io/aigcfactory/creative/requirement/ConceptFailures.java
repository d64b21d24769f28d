package io.aigcfactory.creative.requirement;

import java.time.Instant;
import java.util.List;

import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The concepts of requirements that a stage gave up on, and whether a retry re-drove
 * them.
 */
@Repository
class ConceptFailures {

	private final JdbcClient jdbc;

	ConceptFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a failure; false when the concept had failed before. */
	boolean add(StageFailed failed) {
		return this.jdbc
			.sql("insert into concept_failures (concept_id, requirement_id, attempt, stage, reason, detail, attempts, "
					+ "failed_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(failed.conceptId().value(), failed.requirementId().value(), failed.attempt(), failed.stage(),
					failed.reason(), failed.detail(), failed.attempts(),
					SqlTimestamps.of(failed.metadata().occurredAt()))
			.update() == 1;
	}

	/**
	 * Marks a requirement's open failures as re-driven.
	 * @return the attempt numbers of the concepts that had failed
	 */
	List<Integer> retry(RequirementId requirement, Instant at) {
		return this.jdbc
			.sql("update concept_failures set retried_at = ? where requirement_id = ? and retried_at is null "
					+ "returning attempt")
			.params(SqlTimestamps.of(at), requirement.value())
			.query(Integer.class)
			.list();
	}

}
