package io.aigcfactory.bench.bandit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import io.aigcfactory.creative.bandit.Evidence;
import io.aigcfactory.creative.bandit.ThompsonSampling;

/** A way of choosing the arm of the next impression, learning from what it observes. */
sealed interface Policy {

	int choose(RandomGenerator random);

	void observe(int arm, boolean click, boolean conversion);

	/** Every arm alike. */
	record Uniform(int arms) implements Policy {

		@Override
		public int choose(RandomGenerator random) {
			return random.nextInt(this.arms);
		}

		@Override
		public void observe(int arm, boolean click, boolean conversion) {
		}

	}

	/**
	 * The arm with the best observed reward per impression, a random one with probability
	 * ε; arms never tried first.
	 */
	final class EpsilonGreedy implements Policy {

		private final double epsilon;

		private final long[] impressions;

		private final double[] rewards;

		EpsilonGreedy(int arms, double epsilon) {
			this.epsilon = epsilon;
			this.impressions = new long[arms];
			this.rewards = new double[arms];
		}

		@Override
		public int choose(RandomGenerator random) {
			if (random.nextDouble() < this.epsilon) {
				return random.nextInt(this.impressions.length);
			}
			int best = 0;
			double bestMean = -1;
			for (int i = 0; i < this.impressions.length; i++) {
				double mean = (this.impressions[i] == 0) ? Double.MAX_VALUE : this.rewards[i] / this.impressions[i];
				if (mean > bestMean) {
					best = i;
					bestMean = mean;
				}
			}
			return best;
		}

		@Override
		public void observe(int arm, boolean click, boolean conversion) {
			this.impressions[arm]++;
			this.rewards[arm] += (click ? 1 : 0) + (conversion ? RegretSimulation.CONVERSION_WEIGHT : 0);
		}

	}

	/**
	 * The creative service's Thompson sampling, on evidence that loses half its weight
	 * every {@code halfLife} impressions of its context.
	 */
	final class Thompson implements Policy {

		private final ThompsonSampling sampling;

		private final double decay;

		private final List<Evidence> evidence;

		private final Map<Integer, List<Evidence>> arms = new LinkedHashMap<>();

		Thompson(int arms, ThompsonSampling sampling, double halfLife) {
			this.sampling = sampling;
			this.decay = Double.isInfinite(halfLife) ? 1 : Math.pow(0.5, 1 / halfLife);
			this.evidence = new ArrayList<>(java.util.Collections.nCopies(arms, Evidence.NONE));
		}

		@Override
		public int choose(RandomGenerator random) {
			for (int i = 0; i < this.evidence.size(); i++) {
				this.arms.put(i, List.of(this.evidence.get(i)));
			}
			return this.sampling.rank(this.arms, random).getFirst().arm();
		}

		@Override
		public void observe(int arm, boolean click, boolean conversion) {
			if (this.decay < 1) {
				this.evidence.replaceAll((known) -> known.scaled(this.decay));
			}
			this.evidence.set(arm, this.evidence.get(arm).plus(1, click ? 1 : 0, conversion ? 1 : 0));
		}

	}

}
