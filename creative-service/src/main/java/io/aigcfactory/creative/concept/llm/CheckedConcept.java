package io.aigcfactory.creative.concept.llm;

import java.util.List;

import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Scene;

/**
 * What the check made of a model's answer.
 */
sealed interface CheckedConcept {

	/**
	 * An answer that keeps every rule.
	 *
	 * @param copy the copy
	 * @param scene the scene it paints
	 */
	record Accepted(Copy copy, Scene scene) implements CheckedConcept {
	}

	/**
	 * An answer that broke rules.
	 *
	 * @param problems what was wrong, in words that may go back to the model: never the
	 * answer's own text
	 * @param leaked whether it showed the canary or the instructions
	 */
	record Rejected(List<String> problems, boolean leaked) implements CheckedConcept {

		public Rejected {
			problems = List.copyOf(problems);
		}

	}

}
