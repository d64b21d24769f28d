package io.aigcfactory.creative.concept;

/** What asking to retry a requirement's failed concepts came to. */
public sealed interface FailureRetry {

	/** New concepts were written in place of the failed ones. */
	record Retried(int concepts) implements FailureRetry {
	}

	/** The tenant has no such requirement. */
	record Unknown() implements FailureRetry {
	}

	/** No concept of the requirement failed, or every failure was retried already. */
	record NothingToRetry() implements FailureRetry {
	}

}
