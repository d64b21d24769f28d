package io.aigcfactory.creative.requirement;

/** What a requirement needs after one of its concepts got a verdict or failed. */
public sealed interface NextStep {

	/** Nothing yet: assets are still in flight. */
	record Wait() implements NextStep {
	}

	/** Write this many concepts to replace rejected ones. */
	record Regenerate(int concepts) implements NextStep {
	}

	/** Enough assets are approved. */
	record Complete() implements NextStep {
	}

	/** No budget is left and nothing is in flight. */
	record Exhaust() implements NextStep {
	}

	/**
	 * Nothing is in flight, some assets are approved, and a stage gave up on the concepts
	 * that would have made up the rest.
	 */
	record Partial() implements NextStep {
	}

	/** Nothing is in flight, none is approved, and a stage gave up on concepts. */
	record Fail() implements NextStep {
	}

}
