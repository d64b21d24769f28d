package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

/**
 * Production stored the files of an asset.
 *
 * @param metadata event metadata
 * @param requirementId the requirement, the topic key
 * @param assetId the asset
 * @param conceptId the concept it was produced from
 * @param attempt the concept's attempt number
 * @param angle the concept's angle
 * @param product product summary
 * @param copy the copy, for text checks
 * @param renditions the stored files
 * @param channels the channel ids the requirement targets
 */
public record AssetProduced(EventMetadata metadata, RequirementId requirementId, AssetId assetId, ConceptId conceptId,
		int attempt, Angle angle, ProductSummary product, Copy copy, List<Rendition> renditions,
		List<String> channels) implements AssetEvent {

	public AssetProduced {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(assetId, "assetId");
		Objects.requireNonNull(conceptId, "conceptId");
		Contracts.requirePositive(attempt, "attempt");
		Objects.requireNonNull(angle, "angle");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(copy, "copy");
		renditions = Contracts.copyOf(renditions, "renditions");
		if (renditions.isEmpty()) {
			throw new IllegalArgumentException("renditions must not be empty");
		}
		channels = Contracts.copyOf(channels, "channels");
	}

}
