package io.aigcfactory.events;

import java.util.Objects;

/**
 * Production chose a concept to carry its requirement's promo video: the concept's asset
 * is made, video included, by production's video step rather than where the still assets
 * are made, so that they do not wait behind the video.
 *
 * @param metadata event metadata
 * @param requirementId the requirement, the topic key
 * @param concept the concept whose asset carries the video
 */
public record VideoAssigned(EventMetadata metadata, RequirementId requirementId,
		ConceptCreated concept) implements VideoEvent {

	public VideoAssigned {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(concept, "concept");
		if (!requirementId.equals(concept.requirementId())) {
			throw new IllegalArgumentException(
					"requirementId " + requirementId + " is not the concept's " + concept.requirementId());
		}
	}

	/** Assigns a concept its requirement's video. */
	public static VideoAssigned of(ConceptCreated concept) {
		return new VideoAssigned(EventMetadata.now(concept.metadata().tenantId()), concept.requirementId(), concept);
	}

}
