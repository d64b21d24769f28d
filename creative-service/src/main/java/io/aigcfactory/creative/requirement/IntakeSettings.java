package io.aigcfactory.creative.requirement;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the intake accepts.
 *
 * @param defaultVariantCount approved assets wanted when a submission names none
 * @param maxVariantCount the most approved assets one requirement may ask for
 * @param retriesPerVariant replacement concepts allowed per wanted asset: the retry
 * budget is {@code variantCount × retriesPerVariant}
 * @param maxBatchLines the most lines one JSON Lines batch may hold
 * @param idempotencyTtl how long an {@code Idempotency-Key} is remembered
 * @param maxTitleLength the longest title, in characters
 * @param maxDescriptionLength the longest description, in characters
 * @param maxSellingPoints the most selling points
 * @param maxSellingPointLength the longest selling point, in characters
 */
@Validated
@ConfigurationProperties("aigc.creative.intake")
public record IntakeSettings(@DefaultValue("3") @Positive int defaultVariantCount,
		@DefaultValue("20") @Positive int maxVariantCount, @DefaultValue("2") @PositiveOrZero int retriesPerVariant,
		@DefaultValue("10000") @Positive int maxBatchLines, @DefaultValue("24h") @NotNull Duration idempotencyTtl,
		@DefaultValue("120") @Positive int maxTitleLength, @DefaultValue("2000") @Positive int maxDescriptionLength,
		@DefaultValue("10") @Positive int maxSellingPoints, @DefaultValue("60") @Positive int maxSellingPointLength) {

}
