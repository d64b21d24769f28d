package io.aigcfactory.creative.bandit;

import java.time.Duration;

/**
 * What is known of one arm: impressions, clicks and conversions, each weighted down by
 * its age, so that old evidence counts for less than new.
 *
 * @param impressions weighted impressions
 * @param clicks weighted clicks, at most the impressions
 * @param conversions weighted conversions, at most the clicks
 */
public record Evidence(double impressions, double clicks, double conversions) {

	/** No evidence at all: the posteriors are the uniform priors. */
	public static final Evidence NONE = new Evidence(0, 0, 0);

	public Evidence {
		impressions = Math.max(0, impressions);
		clicks = Math.clamp(clicks, 0, impressions);
		conversions = Math.clamp(conversions, 0, clicks);
	}

	/** This evidence with every count multiplied by a factor in [0, 1]. */
	public Evidence scaled(double factor) {
		return new Evidence(this.impressions * factor, this.clicks * factor, this.conversions * factor);
	}

	/**
	 * This evidence after some time has passed, halving its weight every half-life.
	 * @param elapsed how long ago it was last weighted
	 * @param halfLife how long evidence takes to lose half its weight
	 */
	public Evidence aged(Duration elapsed, Duration halfLife) {
		if (elapsed.isNegative() || elapsed.isZero()) {
			return this;
		}
		return scaled(Math.pow(0.5, (double) elapsed.toMillis() / halfLife.toMillis()));
	}

	/** This evidence plus new, unweighted observations. */
	public Evidence plus(double impressions, double clicks, double conversions) {
		return new Evidence(this.impressions + impressions, this.clicks + clicks, this.conversions + conversions);
	}

	/** This evidence plus another's. */
	public Evidence plus(Evidence other) {
		return plus(other.impressions, other.clicks, other.conversions);
	}

	/** The observed click-through rate, 0 without impressions. */
	public double ctr() {
		return (this.impressions > 0) ? this.clicks / this.impressions : 0;
	}

	/** The observed conversions per click, 0 without clicks. */
	public double cvr() {
		return (this.clicks > 0) ? this.conversions / this.clicks : 0;
	}

}
