package io.aigcfactory.feedback.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a channel reports, before validation.
 *
 * @param assetId the published asset
 * @param channel the reporting channel
 * @param kind {@code impression}, {@code click} or {@code conversion}
 * @param count how many; 1 when absent
 * @param observedAt when; the time of receipt when absent
 */
public record Observation(@Nullable String assetId, @Nullable String channel, @Nullable String kind,
		@Nullable Long count, @Nullable Instant observedAt) {

}
