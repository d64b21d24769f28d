package io.aigcfactory.creative.bandit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BetaSamplerTests {

	private static final int DRAWS = 200_000;

	@ParameterizedTest
	@CsvSource({ "1, 1", "0.5, 0.5", "2, 5", "53, 949", "0.3, 12", "400, 3" })
	void drawsMatchTheMeanAndVarianceOfTheBeta(double alpha, double beta) {
		RandomGenerator random = new SplittableRandom(7);
		double sum = 0;
		double sumOfSquares = 0;
		for (int i = 0; i < DRAWS; i++) {
			double x = BetaSampler.sample(alpha, beta, random);
			assertThat(x).isBetween(0.0, 1.0);
			sum += x;
			sumOfSquares += x * x;
		}
		double mean = sum / DRAWS;
		double variance = sumOfSquares / DRAWS - mean * mean;
		double expectedMean = alpha / (alpha + beta);
		double expectedVariance = alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));
		// Five standard errors of the sample mean; the variance within 3 %.
		assertThat(mean).isCloseTo(expectedMean, within(5 * Math.sqrt(expectedVariance / DRAWS)));
		assertThat(variance).isCloseTo(expectedVariance, within(0.03 * expectedVariance));
	}

	@ParameterizedTest
	@CsvSource({ "0.5", "1", "3.5", "20" })
	void gammaDrawsHaveTheShapeAsMeanAndVariance(double shape) {
		RandomGenerator random = new SplittableRandom(11);
		double sum = 0;
		double sumOfSquares = 0;
		for (int i = 0; i < DRAWS; i++) {
			double x = BetaSampler.gamma(shape, random);
			sum += x;
			sumOfSquares += x * x;
		}
		double mean = sum / DRAWS;
		assertThat(mean).isCloseTo(shape, within(5 * Math.sqrt(shape / DRAWS)));
		assertThat(sumOfSquares / DRAWS - mean * mean).isCloseTo(shape, within(0.04 * shape));
	}

}
