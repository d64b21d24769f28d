package io.aigcfactory.events;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How one angle performs within a category, on one channel or on all together.
 *
 * @param angle the angle
 * @param channel the channel the figures were observed on, or {@code null} for all
 * channels together (producers that predate channels)
 * @param assets how many published assets the figures cover
 * @param impressions impressions counted
 * @param clicks clicks counted
 * @param conversions conversions counted
 */
public record AngleInsight(Angle angle, @Nullable String channel, long assets, long impressions, long clicks,
		long conversions) {

	public AngleInsight {
		Objects.requireNonNull(angle, "angle");
		Contracts.requireNonNegative(assets, "assets");
		Contracts.requireNonNegative(impressions, "impressions");
		Contracts.requireNonNegative(clicks, "clicks");
		Contracts.requireNonNegative(conversions, "conversions");
		channel = (channel == null || channel.isBlank()) ? null : channel;
	}

	/** Figures of an angle on all channels together. */
	public AngleInsight(Angle angle, long assets, long impressions, long clicks, long conversions) {
		this(angle, null, assets, impressions, clicks, conversions);
	}

	/** Click-through rate, 0 without impressions. */
	public double ctr() {
		return (this.impressions != 0) ? (double) this.clicks / this.impressions : 0;
	}

	/** Conversion rate per click, 0 without clicks. */
	public double cvr() {
		return (this.clicks != 0) ? (double) this.conversions / this.clicks : 0;
	}

}
