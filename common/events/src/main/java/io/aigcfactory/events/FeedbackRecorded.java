package io.aigcfactory.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A channel observed impressions, clicks or conversions of a published asset.
 *
 * @param metadata event metadata
 * @param assetId the asset, the topic key
 * @param channel the channel that observed it
 * @param kind what was observed
 * @param count how many
 * @param observedAt when the channel observed it
 */
public record FeedbackRecorded(EventMetadata metadata, AssetId assetId, String channel, FeedbackKind kind, long count,
		Instant observedAt) implements FeedbackEvent {

	public FeedbackRecorded {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(assetId, "assetId");
		Contracts.requireText(channel, "channel");
		Objects.requireNonNull(kind, "kind");
		Contracts.requirePositive(count, "count");
		Objects.requireNonNull(observedAt, "observedAt");
	}

}
