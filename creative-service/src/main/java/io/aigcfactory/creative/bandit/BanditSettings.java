package io.aigcfactory.creative.bandit;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the angle bandit weighs evidence.
 *
 * @param explorationFloor the probability that a uniformly random angle is ranked first,
 * whatever the evidence says
 * @param conversionWeight how much a conversion is worth on top of its click, in clicks
 * @param halfLife how long evidence takes to lose half its weight
 * @param priorStrength how many impressions the prior of an angle weighs; the prior is
 * centred on the click-through rate of all angles of the category on the channel
 * @param minImpressions below this many impressions an angle's choice is reported as
 * exploration rather than as earned
 */
@Validated
@ConfigurationProperties("aigc.creative.bandit")
public record BanditSettings(@DefaultValue("0.02") @DecimalMin("0") @DecimalMax("1") double explorationFloor,
		@DefaultValue("1.0") @DecimalMin("0") double conversionWeight, @DefaultValue("14d") @NotNull Duration halfLife,
		@DefaultValue("20") @DecimalMin("2") double priorStrength,
		@DefaultValue("100") @PositiveOrZero long minImpressions) {

	public BanditSettings {
		if (halfLife.isNegative() || halfLife.isZero()) {
			throw new IllegalArgumentException("halfLife must be positive");
		}
	}

	ThompsonSampling sampling() {
		return new ThompsonSampling(this.explorationFloor, this.conversionWeight, this.priorStrength);
	}

}
