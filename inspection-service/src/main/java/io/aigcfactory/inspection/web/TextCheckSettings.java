package io.aigcfactory.inspection.web;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the text-check API.
 *
 * @param maxTextLength the longest text accepted, in characters (UTF-16 units); longer
 * ones get 413
 * @param maxBatchSize the most texts in one batch request; more get 413
 * @param maxFacts the most facts given with one text
 */
@Validated
@ConfigurationProperties("aigc.inspection.text-check")
record TextCheckSettings(@DefaultValue("20000") @Positive int maxTextLength,
		@DefaultValue("1000") @Positive int maxBatchSize, @DefaultValue("100") @Positive int maxFacts) {

}
