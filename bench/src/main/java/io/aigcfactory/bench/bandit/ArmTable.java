package io.aigcfactory.bench.bandit;

import java.util.ArrayList;
import java.util.List;

/**
 * The known truth of the simulation: for each context (a category on a channel), the
 * click-through and conversion rate of each of 24 arms (8 angles × 3 visual styles). The
 * rates are products of fixed per-category angle rates, per-style and per-channel
 * factors, in the range that e-commerce ad placements report (1–8 % CTR).
 *
 * @param contexts each context's arms
 */
record ArmTable(List<Context> contexts) {

	static final List<String> ANGLES = List.of("功能", "场景", "人群", "价格", "情感", "品质", "送礼", "潮流");

	static final List<String> STYLES = List.of("bold", "fresh", "premium");

	/** Per category, CTR per angle in the order of {@link #ANGLES}. */
	private static final double[][] ANGLE_CTR = { { 0.032, 0.041, 0.027, 0.036, 0.022, 0.030, 0.018, 0.025 },
			{ 0.025, 0.030, 0.034, 0.021, 0.046, 0.038, 0.029, 0.031 },
			{ 0.038, 0.033, 0.024, 0.044, 0.026, 0.029, 0.035, 0.020 } };

	/** Per category, conversions per click per angle. */
	private static final double[][] ANGLE_CVR = { { 0.08, 0.06, 0.07, 0.12, 0.04, 0.09, 0.05, 0.05 },
			{ 0.05, 0.06, 0.09, 0.10, 0.05, 0.07, 0.08, 0.04 }, { 0.07, 0.08, 0.06, 0.11, 0.05, 0.06, 0.09, 0.04 } };

	private static final List<String> CATEGORIES = List.of("数码/耳机", "美妆/彩妆", "食品/零食");

	private static final double[] STYLE_FACTOR = { 1.10, 1.00, 0.85 };

	private static final List<String> CHANNELS = List.of("taobao", "jd");

	private static final double[] CHANNEL_FACTOR = { 1.0, 0.8 };

	static ArmTable standard() {
		List<Context> contexts = new ArrayList<>();
		for (int c = 0; c < CATEGORIES.size(); c++) {
			for (int ch = 0; ch < CHANNELS.size(); ch++) {
				List<Arm> arms = new ArrayList<>();
				for (int a = 0; a < ANGLES.size(); a++) {
					for (int s = 0; s < STYLES.size(); s++) {
						arms.add(new Arm(ANGLES.get(a) + "·" + STYLES.get(s),
								ANGLE_CTR[c][a] * STYLE_FACTOR[s] * CHANNEL_FACTOR[ch], ANGLE_CVR[c][a]));
					}
				}
				contexts.add(new Context(CATEGORIES.get(c) + " on " + CHANNELS.get(ch), arms));
			}
		}
		return new ArmTable(contexts);
	}

	/**
	 * This table with each context's best arm and its median arm swapped from one point
	 * on: the world changes, and old evidence misleads.
	 */
	ArmTable drifted() {
		List<Context> drifted = new ArrayList<>();
		for (Context context : this.contexts) {
			List<Arm> arms = new ArrayList<>(context.arms());
			int best = context.best();
			List<Arm> sorted = arms.stream().sorted((x, y) -> Double.compare(x.ctr(), y.ctr())).toList();
			int median = arms.indexOf(sorted.get(sorted.size() / 2));
			Arm b = arms.get(best);
			Arm m = arms.get(median);
			arms.set(best, new Arm(b.name(), m.ctr(), m.cvr()));
			arms.set(median, new Arm(m.name(), b.ctr(), b.cvr()));
			drifted.add(new Context(context.name(), arms));
		}
		return new ArmTable(drifted);
	}

	/**
	 * A category on a channel.
	 *
	 * @param name e.g. {@code 数码/耳机 on taobao}
	 * @param arms its arms
	 */
	record Context(String name, List<Arm> arms) {

		int best() {
			int best = 0;
			for (int i = 1; i < this.arms.size(); i++) {
				if (this.arms.get(i).reward() > this.arms.get(best).reward()) {
					best = i;
				}
			}
			return best;
		}

	}

	/**
	 * One arm's truth.
	 *
	 * @param name angle and style
	 * @param ctr clicks per impression
	 * @param cvr conversions per click
	 */
	record Arm(String name, double ctr, double cvr) {

		/** Expected reward of an impression, a conversion worth one more click. */
		double reward() {
			return this.ctr * (1 + RegretSimulation.CONVERSION_WEIGHT * this.cvr);
		}

	}

}
