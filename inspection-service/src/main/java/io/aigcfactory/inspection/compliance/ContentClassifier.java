package io.aigcfactory.inspection.compliance;

import java.util.List;

/**
 * A model that reads a whole text and rates how safe it is, in the three tiers of guard
 * models such as Qwen3Guard: the tier after the lexicon and the rules, for what words
 * alone cannot see.
 */
public interface ContentClassifier {

	/** The model's name, for reports that say what ran. */
	String name();

	/**
	 * Rates several texts together, so that a model server can batch them.
	 * @param texts the texts
	 * @return one classification per text, in order
	 * @throws RuntimeException when the model cannot answer in time
	 */
	List<Classification> classifyAll(List<String> texts);

	/**
	 * What a classifier made of one text.
	 *
	 * @param tier how safe the text is
	 * @param category the kind of risk the model saw, e.g. {@code Unethical Acts};
	 * {@code None} for safe text
	 */
	record Classification(Tier tier, String category) {
	}

	/** The three tiers of a guard model and what each means for a verdict. */
	enum Tier {

		/** Nothing to object to: approve as far as the model goes. */
		SAFE,
		/** The model is unsure: a human decides. */
		CONTROVERSIAL,
		/** Reject. */
		UNSAFE;

		/**
		 * Reads a model's label, e.g. {@code "Controversial"}.
		 * @throws IllegalArgumentException for a label outside the three tiers
		 */
		public static Tier parse(String label) {
			return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
		}

	}

}
