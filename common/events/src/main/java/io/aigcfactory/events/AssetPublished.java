package io.aigcfactory.events;

import java.util.Objects;

/**
 * An asset was published to one channel.
 *
 * @param metadata event metadata
 * @param assetId the asset, the topic key
 * @param requirementId the requirement it belongs to
 * @param channel the channel id
 * @param location where the channel put it: a path, a URL or the channel's own id
 * @param angle the asset's angle, for feedback aggregation
 * @param product product summary
 */
public record AssetPublished(EventMetadata metadata, AssetId assetId, RequirementId requirementId, String channel,
		String location, Angle angle, ProductSummary product) implements PublicationEvent {

	public AssetPublished {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(assetId, "assetId");
		Objects.requireNonNull(requirementId, "requirementId");
		Contracts.requireText(channel, "channel");
		Contracts.requireText(location, "location");
		Objects.requireNonNull(angle, "angle");
		Objects.requireNonNull(product, "product");
	}

}
