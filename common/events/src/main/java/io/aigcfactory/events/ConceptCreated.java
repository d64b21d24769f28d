package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

/**
 * A creative concept was written for a requirement: the copy and the look that production
 * turns into files.
 *
 * @param metadata event metadata
 * @param requirementId the requirement, the topic key
 * @param conceptId this concept
 * @param attempt 1 for the first round, higher for regenerated concepts
 * @param angle the angle the copy argues from
 * @param style the visual style to render with, e.g. {@code bold}
 * @param copy the copy
 * @param product the product facts
 * @param channels the channel ids the requirement targets
 */
public record ConceptCreated(EventMetadata metadata, RequirementId requirementId, ConceptId conceptId, int attempt,
		Angle angle, String style, Copy copy, Product product, List<String> channels) implements ConceptEvent {

	public ConceptCreated {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(conceptId, "conceptId");
		Contracts.requirePositive(attempt, "attempt");
		Objects.requireNonNull(angle, "angle");
		Contracts.requireText(style, "style");
		Objects.requireNonNull(copy, "copy");
		Objects.requireNonNull(product, "product");
		channels = Contracts.copyOf(channels, "channels");
	}

}
