package io.aigcfactory.events;

import java.util.Objects;

/**
 * Publishing an asset to a channel failed for good: its attempts are spent or the failure
 * cannot be retried.
 *
 * @param metadata event metadata
 * @param assetId the asset, the topic key
 * @param requirementId the requirement it belongs to
 * @param channel the channel id
 * @param reason why it failed
 * @param attempts how many attempts were made
 */
public record PublicationFailed(EventMetadata metadata, AssetId assetId, RequirementId requirementId, String channel,
		String reason, int attempts) implements PublicationEvent {

	public PublicationFailed {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(assetId, "assetId");
		Objects.requireNonNull(requirementId, "requirementId");
		Contracts.requireText(channel, "channel");
		Contracts.requireText(reason, "reason");
		Contracts.requirePositive(attempts, "attempts");
	}

}
