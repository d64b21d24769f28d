package io.aigcfactory.creative.bandit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Thompson sampling over arms whose reward is a click, with conversions as a second
 * signal. Each arm's click-through rate is drawn from Beta(α₀ + clicks, β₀ + impressions
 * − clicks) and its conversions per impression from a second Beta the same way; its value
 * is {@code ctr + conversionWeight × conversions per impression}, the expected reward of
 * an impression when a conversion is worth {@code conversionWeight} clicks more.
 * Conversions are counted per impression rather than per click so that both posteriors
 * narrow with the same impressions: a rate per click would leave an arm with few clicks
 * near its prior and overvalue it.
 * <p>
 * The prior of every arm in a context is centred on the rate pooled over all arms there,
 * (clicks + 1) / (impressions + 2), and weighs {@code priorStrength} impressions: an arm
 * without evidence is drawn around what its category usually earns rather than around one
 * half, which would make every new arm look like a 50 % click-through rate and cost many
 * impressions to disprove. With a strength of 2 and no evidence anywhere the prior is the
 * uniform Beta(1, 1).
 * <p>
 * An arm judged in several contexts (the channels of a requirement) is valued by the mean
 * of one draw per context; the contexts are given in the same order for every arm. With
 * the probability of the exploration floor, a uniformly random arm leads the ranking
 * whatever the draws say, so that no arm is ever starved of evidence.
 *
 * @param explorationFloor the probability that a uniformly random arm is ranked first
 * @param conversionWeight how much a conversion is worth on top of its click, in clicks
 * @param priorStrength how many impressions the pooled prior weighs, at least 2
 */
public record ThompsonSampling(double explorationFloor, double conversionWeight, double priorStrength) {

	public ThompsonSampling {
		if (explorationFloor < 0 || explorationFloor > 1) {
			throw new IllegalArgumentException("explorationFloor must be within [0, 1]");
		}
		if (conversionWeight < 0) {
			throw new IllegalArgumentException("conversionWeight must be >= 0");
		}
		if (priorStrength < 2) {
			throw new IllegalArgumentException("priorStrength must be >= 2");
		}
	}

	/**
	 * Ranks arms by one posterior draw each, the best first, except when the exploration
	 * floor puts a random arm first.
	 * @param <A> the arm type
	 * @param arms each arm's evidence in every context it is judged in, the contexts in
	 * the same order for every arm; an arm without contexts is judged on the prior
	 * @param random the source of randomness
	 * @return every arm, ranked
	 */
	public <A> List<Draw<A>> rank(Map<A, List<Evidence>> arms, RandomGenerator random) {
		List<Evidence> pooled = new ArrayList<>();
		for (List<Evidence> contexts : arms.values()) {
			for (int i = 0; i < contexts.size(); i++) {
				if (pooled.size() <= i) {
					pooled.add(Evidence.NONE);
				}
				pooled.set(i, pooled.get(i).plus(contexts.get(i)));
			}
		}
		List<Draw<A>> draws = new ArrayList<>(arms.size());
		for (Map.Entry<A, List<Evidence>> arm : arms.entrySet()) {
			draws.add(new Draw<>(arm.getKey(), value(arm.getValue(), pooled, random), false));
		}
		draws.sort(Comparator.comparingDouble(Draw<A>::value).reversed());
		if (!draws.isEmpty() && random.nextDouble() < this.explorationFloor) {
			Draw<A> explored = draws.remove(random.nextInt(draws.size()));
			draws.addFirst(new Draw<>(explored.arm(), explored.value(), true));
		}
		return List.copyOf(draws);
	}

	/** One draw of an arm's value: the mean of one draw per context. */
	double value(List<Evidence> contexts, List<Evidence> pooled, RandomGenerator random) {
		if (contexts.isEmpty()) {
			return value(Evidence.NONE, pooled.isEmpty() ? Evidence.NONE : pooled.getFirst(), random);
		}
		double sum = 0;
		for (int i = 0; i < contexts.size(); i++) {
			sum += value(contexts.get(i), pooled.get(i), random);
		}
		return sum / contexts.size();
	}

	/**
	 * One draw of an arm's value in one context.
	 * @param evidence the arm's evidence there
	 * @param pooled the evidence of all arms there, which centres the prior
	 * @param random the source of randomness
	 * @return a click-through rate plus weighted conversions per impression
	 */
	public double value(Evidence evidence, Evidence pooled, RandomGenerator random) {
		double ctr = draw(evidence.clicks(), evidence.impressions(), pooled.clicks(), pooled.impressions(), random);
		if (this.conversionWeight == 0) {
			return ctr;
		}
		double conversions = draw(evidence.conversions(), evidence.impressions(), pooled.conversions(),
				pooled.impressions(), random);
		return ctr + this.conversionWeight * conversions;
	}

	private double draw(double successes, double trials, double pooledSuccesses, double pooledTrials,
			RandomGenerator random) {
		double mean = (pooledSuccesses + 1) / (pooledTrials + 2);
		return BetaSampler.sample(this.priorStrength * mean + successes,
				this.priorStrength * (1 - mean) + trials - successes, random);
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
