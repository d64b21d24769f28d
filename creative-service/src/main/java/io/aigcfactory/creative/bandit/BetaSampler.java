package io.aigcfactory.creative.bandit;

import java.util.random.RandomGenerator;

/**
 * Draws from Beta(α, β) as X/(X+Y) with X ~ Gamma(α), Y ~ Gamma(β), using the
 * Marsaglia–Tsang method for the gamma draws.
 */
final class BetaSampler {

	private BetaSampler() {
	}

	static double sample(double alpha, double beta, RandomGenerator random) {
		double x = gamma(alpha, random);
		double y = gamma(beta, random);
		return x / (x + y);
	}

	static double gamma(double shape, RandomGenerator random) {
		if (shape < 1) {
			// Boost the shape above 1 and correct with a power of a uniform draw.
			return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
		}
		double d = shape - 1.0 / 3;
		double c = 1 / Math.sqrt(9 * d);
		while (true) {
			double z = random.nextGaussian();
			double v = Math.pow(1 + c * z, 3);
			if (v <= 0) {
				continue;
			}
			double u = random.nextDouble();
			if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
				return d * v;
			}
		}
	}

}
