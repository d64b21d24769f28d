package io.aigcfactory.production.asset;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Announces on {@code aigc.failure.v1} that production gave up on a concept, so that its
 * requirement learns the variant will not arrive and why. Published through the outbox in
 * the caller's transaction, so the announcement and the consumed concept commit together.
 */
@Service
public class GivenUp {

	/** The stage name production reports its failures under. */
	public static final String STAGE = "production";

	private static final Logger logger = LoggerFactory.getLogger(GivenUp.class);

	private final EventPublisher events;

	GivenUp(EventPublisher events) {
		this.events = events;
	}

	/**
	 * Announces that a concept cannot be produced.
	 * @param concept the concept
	 * @param reason a stable code, e.g. {@code UNRENDERABLE_TEXT}
	 * @param detail what went wrong, for a human
	 */
	public void concept(ConceptCreated concept, String reason, String detail) {
		logger.warn("Concept {} of requirement {} cannot be produced ({}): {}", concept.conceptId(),
				concept.requirementId(), reason, detail);
		this.events.publish(Topics.FAILURE, new StageFailed(EventMetadata.now(concept.metadata().tenantId()),
				concept.requirementId(), concept.conceptId(), null, concept.attempt(), STAGE, reason, detail, 1));
	}

}
