package io.aigcfactory.events;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A stage gave up on a concept for good: retrying it as it is cannot succeed, so its
 * requirement must learn that this variant will not arrive.
 *
 * @param metadata event metadata
 * @param requirementId the requirement, the topic key
 * @param conceptId the concept given up on
 * @param assetId the asset, where the stage had one
 * @param attempt the concept's attempt number
 * @param stage the stage that gave up, e.g. {@code production}
 * @param reason a stable code for why, e.g. {@code UNRENDERABLE_TEXT} or
 * {@code UNUSABLE_PHOTO}
 * @param detail what went wrong, for a human, e.g. the characters no font can draw
 * @param attempts how many times the stage tried
 */
public record StageFailed(EventMetadata metadata, RequirementId requirementId, ConceptId conceptId,
		@Nullable AssetId assetId, int attempt, String stage, String reason, String detail,
		int attempts) implements FailureEvent {

	public StageFailed {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(conceptId, "conceptId");
		Contracts.requirePositive(attempt, "attempt");
		Contracts.requireText(stage, "stage");
		Contracts.requireText(reason, "reason");
		Contracts.requireText(detail, "detail");
		Contracts.requirePositive(attempts, "attempts");
	}

}
