package io.aigcfactory.creative.bandit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Thompson sampling over arms whose reward is a click, with conversions as a second
 * signal. Each arm's click-through rate is drawn from Beta(1 + clicks, 1 + impressions −
 * clicks) and its conversions per impression from Beta(1 + conversions, 1 + impressions −
 * conversions); its value is {@code ctr + conversionWeight × conversions per impression},
 * the expected reward of an impression when a conversion is worth
 * {@code conversionWeight} clicks more. Conversions are counted per impression rather
 * than per click so that both posteriors narrow with the same impressions: a rate per
 * click would leave an arm with few clicks its uninformed prior (a mean of one half) and
 * overvalue it. An arm that several contexts (channels) share is valued by the mean of
 * one draw per context. With the probability of the exploration floor, a uniformly random
 * arm leads the ranking whatever the draws say, so that no arm is ever starved of
 * evidence.
 *
 * @param explorationFloor the probability that a uniformly random arm is ranked first
 * @param conversionWeight how much a conversion is worth on top of its click, in clicks
 */
public record ThompsonSampling(double explorationFloor, double conversionWeight) {

	public ThompsonSampling {
		if (explorationFloor < 0 || explorationFloor > 1) {
			throw new IllegalArgumentException("explorationFloor must be within [0, 1]");
		}
		if (conversionWeight < 0) {
			throw new IllegalArgumentException("conversionWeight must be >= 0");
		}
	}

	/**
	 * Ranks arms by one posterior draw each, the best first, except when the exploration
	 * floor puts a random arm first.
	 * @param <A> the arm type
	 * @param arms each arm's evidence in every context it is judged in; an arm without
	 * contexts is judged on its prior
	 * @param random the source of randomness
	 * @return every arm, ranked
	 */
	public <A> List<Draw<A>> rank(Map<A, List<Evidence>> arms, RandomGenerator random) {
		List<Draw<A>> draws = new ArrayList<>(arms.size());
		for (Map.Entry<A, List<Evidence>> arm : arms.entrySet()) {
			draws.add(new Draw<>(arm.getKey(), value(arm.getValue(), random), false));
		}
		draws.sort(Comparator.comparingDouble(Draw<A>::value).reversed());
		if (!draws.isEmpty() && random.nextDouble() < this.explorationFloor) {
			Draw<A> explored = draws.remove(random.nextInt(draws.size()));
			draws.addFirst(new Draw<>(explored.arm(), explored.value(), true));
		}
		return List.copyOf(draws);
	}

	/** One draw of an arm's value: the mean of one draw per context. */
	double value(List<Evidence> contexts, RandomGenerator random) {
		if (contexts.isEmpty()) {
			return value(Evidence.NONE, random);
		}
		double sum = 0;
		for (Evidence evidence : contexts) {
			sum += value(evidence, random);
		}
		return sum / contexts.size();
	}

	/** One draw of an arm's value in one context. */
	public double value(Evidence evidence, RandomGenerator random) {
		double ctr = BetaSampler.sample(1 + evidence.clicks(), 1 + evidence.impressions() - evidence.clicks(), random);
		if (this.conversionWeight == 0) {
			return ctr;
		}
		double conversions = BetaSampler.sample(1 + evidence.conversions(),
				1 + evidence.impressions() - evidence.conversions(), random);
		return ctr + this.conversionWeight * conversions;
	}

	/**
	 * One arm's place in a ranking.
	 *
	 * @param <A> the arm type
	 * @param arm the arm
	 * @param value its drawn value: a click-through rate plus weighted conversions per
	 * impression
	 * @param explored whether the exploration floor put it first rather than its draw
	 */
	public record Draw<A>(A arm, double value, boolean explored) {
	}

}
