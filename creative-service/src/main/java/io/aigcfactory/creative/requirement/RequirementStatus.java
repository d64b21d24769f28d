package io.aigcfactory.creative.requirement;

/** Where a requirement stands. */
public enum RequirementStatus {

	/** Accepted; no concept written yet. */
	ACCEPTED,
	/** Concepts are on their way through production and inspection. */
	IN_PROGRESS,
	/** As many assets as wanted were approved. */
	COMPLETED,
	/** The retry budget ran out before enough assets were approved. */
	EXHAUSTED,
	/**
	 * Some assets were approved, and a stage gave up on the concepts of the others; each
	 * failure is listed with its stage and reason.
	 */
	PARTIAL,
	/** A stage gave up on concepts and none of the others was approved. */
	FAILED;

	public boolean isFinal() {
		return this != ACCEPTED && this != IN_PROGRESS;
	}

}
