package io.aigcfactory.creative.requirement;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many variants a tenant may ask for.
 *
 * @param variantsPerDay the variants (the sum of {@code variantCount}) one tenant may
 * submit within {@code window}
 * @param window the sliding window the quota counts over
 */
@Validated
@ConfigurationProperties("aigc.creative.quota")
public record QuotaSettings(@DefaultValue("100000") @Positive int variantsPerDay,
		@DefaultValue("24h") @NotNull Duration window) {

}
