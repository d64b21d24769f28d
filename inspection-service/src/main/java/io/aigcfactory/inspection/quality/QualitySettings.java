package io.aigcfactory.inspection.quality;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.aigcfactory.events.Verdict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The quality gate: a score from 0 to 100 per asset, from which each failed rule takes
 * its penalty.
 *
 * @param threshold the score below which an asset does not pass, unless its tenant has
 * its own
 * @param tenantThresholds thresholds of tenants that want a stricter or laxer gate
 * @param belowThreshold what an asset under the threshold becomes: {@code REVIEW} or
 * {@code REJECTED}
 * @param copy the copy's rules
 * @param image the main image's rules
 */
@Validated
@ConfigurationProperties("aigc.inspection.quality")
public record QualitySettings(@Min(0) @Max(100) int threshold, Map<String, @Min(0) @Max(100) Integer> tenantThresholds,
		@NotNull Verdict belowThreshold, @Valid @NotNull Copy copy, @Valid @NotNull Image image) {

	public QualitySettings {
		tenantThresholds = (tenantThresholds != null) ? Map.copyOf(tenantThresholds) : Map.of();
		if (belowThreshold == Verdict.APPROVED) {
			throw new IllegalArgumentException("aigc.inspection.quality.below-threshold must be REVIEW or REJECTED");
		}
	}

	/** The threshold of a tenant. */
	public int thresholdOf(String tenantId) {
		return this.tenantThresholds.getOrDefault(tenantId, this.threshold);
	}

	/**
	 * Rules on copy, lengths in letters and digits.
	 *
	 * @param minLength shortest acceptable copy
	 * @param maxLength longest acceptable copy
	 * @param repeatedPhrase length of a phrase that counts as repeated when it occurs
	 * more than twice
	 * @param minSellingPoints distinct selling points (highlights) the copy must carry
	 */
	public record Copy(@Positive int minLength, @Positive int maxLength, @Min(2) int repeatedPhrase,
			@Min(0) int minSellingPoints) {
	}

	/**
	 * Rules on the main image.
	 *
	 * @param minContrast the least WCAG contrast ratio between the image's dark and light
	 * tones (its 5th and 95th luminance percentiles); 3 is WCAG's minimum for large text
	 * @param minSharpness the least variance of the Laplacian of its grey levels
	 * @param maxBlankShare the largest share of the image's 8×8 grid cells that may be
	 * flat (no detail at all)
	 */
	public record Image(@DecimalMin("1.0") double minContrast, @DecimalMin("0.0") double minSharpness,
			@DecimalMin("0.0") @DecimalMax("1.0") double maxBlankShare) {
	}

}
