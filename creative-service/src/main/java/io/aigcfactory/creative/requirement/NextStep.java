package io.aigcfactory.creative.requirement;

/** What a requirement needs after one of its assets got a verdict. */
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

}
