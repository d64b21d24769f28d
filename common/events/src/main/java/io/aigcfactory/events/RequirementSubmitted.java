package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

/**
 * A product was accepted for material production.
 *
 * @param metadata event metadata
 * @param requirementId the requirement's id, the topic key
 * @param product the product facts
 * @param channels the channel ids to publish approved materials to
 * @param variantCount how many approved assets are wanted
 * @param retryBudget how many regenerated concepts may be spent on rejections
 */
public record RequirementSubmitted(EventMetadata metadata, RequirementId requirementId, Product product,
		List<String> channels, int variantCount, int retryBudget) implements RequirementEvent {

	public RequirementSubmitted {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(product, "product");
		channels = Contracts.copyOf(channels, "channels");
		if (channels.isEmpty()) {
			throw new IllegalArgumentException("channels must not be empty");
		}
		Contracts.requirePositive(variantCount, "variantCount");
		Contracts.requireNonNegative(retryBudget, "retryBudget");
	}

}
