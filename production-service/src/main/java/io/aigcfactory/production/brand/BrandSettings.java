package io.aigcfactory.production.brand;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How production keeps to brand kits.
 *
 * @param logoCacheSize how many decoded logos are kept in memory
 * @param colourTolerance how far, in RGB distance, a pixel may be from a brand colour and
 * still count as that colour
 * @param colourShare the share of an image's pixels a brand colour must cover to count as
 * fully present; less scores proportionally
 * @param logoTolerance how far, in RGB distance, a pixel of the drawn logo may be from
 * the logo's own pixel and still match
 */
@Validated
@ConfigurationProperties("aigc.production.brand")
public record BrandSettings(@DefaultValue("256") @Positive int logoCacheSize,
		@DefaultValue("40") @Positive int colourTolerance, @DefaultValue("0.01") @Positive double colourShare,
		@DefaultValue("48") @Positive int logoTolerance) {

}
