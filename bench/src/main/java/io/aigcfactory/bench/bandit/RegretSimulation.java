package io.aigcfactory.bench.bandit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import io.aigcfactory.creative.bandit.ThompsonSampling;

/**
 * Cumulative regret of the creative service's Thompson sampling against uniform choice
 * and ε-greedy, on the known table of {@link ArmTable}: every context (category ×
 * channel) serves {@code rounds} impressions, one at a time, each to the arm the policy
 * chooses; a click and a conversion are drawn from the arm's true rates, and the regret
 * of an impression is the best arm's expected reward minus the chosen one's. Prints a
 * Markdown table of the mean and standard deviation over the seeds, for a stationary
 * table and for one whose best arm changes half way.
 * <p>
 * Arguments: {@code --rounds=200000 --seeds=10}.
 */
public final class RegretSimulation {

	/**
	 * How much a conversion is worth on top of its click, as in the service's default.
	 */
	static final double CONVERSION_WEIGHT = 1.0;

	/** The service's default prior strength, in impressions. */
	static final double PRIOR = 20;

	/** The service's default exploration floor. */
	static final double FLOOR = 0.02;

	private RegretSimulation() {
	}

	public static void main(String[] args) {
		int rounds = intArg(args, "rounds", 200_000);
		int seeds = intArg(args, "seeds", 10);
		ArmTable table = ArmTable.standard();
		Map<String, IntFunction<Policy>> policies = new LinkedHashMap<>();
		policies.put("uniform", Policy.Uniform::new);
		policies.put("ε-greedy (ε = 0.1)", (arms) -> new Policy.EpsilonGreedy(arms, 0.1));
		policies.put("ε-greedy (ε = 0.05)", (arms) -> new Policy.EpsilonGreedy(arms, 0.05));
		policies.put("Thompson, uniform prior Beta(1, 1), no decay", (arms) -> new Policy.Thompson(arms,
				new ThompsonSampling(FLOOR, CONVERSION_WEIGHT, 2), Double.POSITIVE_INFINITY));
		policies.put("**ours**: Thompson, pooled prior, no decay", (arms) -> new Policy.Thompson(arms,
				new ThompsonSampling(FLOOR, CONVERSION_WEIGHT, PRIOR), Double.POSITIVE_INFINITY));
		policies.put("**ours**: Thompson, pooled prior, half-life 100,000 impressions",
				(arms) -> new Policy.Thompson(arms, new ThompsonSampling(FLOOR, CONVERSION_WEIGHT, PRIOR), 100_000));
		System.out.printf(Locale.ROOT, "%d contexts × %d arms, %,d impressions per context, %d seeds%n%n",
				table.contexts().size(), table.contexts().getFirst().arms().size(), rounds, seeds);
		for (boolean drift : new boolean[] { false, true }) {
			System.out.println(drift ? "### Best arm swapped with the median arm half way" : "### Stationary rates");
			System.out.println();
			System.out.printf(Locale.ROOT,
					"| policy | regret at %,d | at %,d | at %,d (mean ± sd) | best arm's share |%n", rounds / 10,
					rounds / 2, rounds);
			System.out.println("|---|---:|---:|---:|---:|");
			for (Map.Entry<String, IntFunction<Policy>> policy : policies.entrySet()) {
				List<Run> runs = new ArrayList<>();
				for (int seed = 1; seed <= seeds; seed++) {
					runs.add(run(table, drift ? table.drifted() : table, policy.getValue(), rounds, seed));
				}
				System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f ± %.1f | %.1f %% |%n", policy.getKey(),
						mean(runs, 0), mean(runs, 1), mean(runs, 2), sd(runs, 2),
						100 * runs.stream().mapToDouble(Run::bestShare).average().orElse(0));
			}
			System.out.println();
		}
	}

	/** Regret summed over the contexts, at a tenth, half and all of the rounds. */
	static Run run(ArmTable before, ArmTable after, IntFunction<Policy> policies, int rounds, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[] regret = new double[3];
		long best = 0;
		for (int c = 0; c < before.contexts().size(); c++) {
			Policy policy = policies.apply(before.contexts().get(c).arms().size());
			double sum = 0;
			for (int t = 1; t <= rounds; t++) {
				ArmTable.Context context = ((t <= rounds / 2) ? before : after).contexts().get(c);
				int arm = policy.choose(random);
				ArmTable.Arm truth = context.arms().get(arm);
				boolean click = random.nextDouble() < truth.ctr();
				boolean conversion = click && random.nextDouble() < truth.cvr();
				policy.observe(arm, click, conversion);
				int bestArm = context.best();
				sum += context.arms().get(bestArm).reward() - truth.reward();
				best += (arm == bestArm) ? 1 : 0;
				if (t == rounds / 10) {
					regret[0] += sum;
				}
				if (t == rounds / 2) {
					regret[1] += sum;
				}
			}
			regret[2] += sum;
		}
		return new Run(regret, (double) best / (rounds * (long) before.contexts().size()));
	}

	private static double mean(List<Run> runs, int at) {
		return runs.stream().mapToDouble((run) -> run.regret()[at]).average().orElse(0);
	}

	private static double sd(List<Run> runs, int at) {
		double mean = mean(runs, at);
		double squares = runs.stream().mapToDouble((run) -> Math.pow(run.regret()[at] - mean, 2)).sum();
		return Math.sqrt(squares / Math.max(1, runs.size() - 1));
	}

	private static int intArg(String[] args, String name, int fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return Integer.parseInt(arg.substring(name.length() + 3));
			}
		}
		return fallback;
	}

	/**
	 * One seed's outcome.
	 *
	 * @param regret cumulative expected regret over all contexts at a tenth, half and all
	 * of the rounds, in clicks (a conversion counted as one more)
	 * @param bestShare the share of impressions that went to the best arm
	 */
	record Run(double[] regret, double bestShare) {
	}

}
