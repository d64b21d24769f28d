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
	EXHAUSTED;

	public boolean isFinal() {
		return this == COMPLETED || this == EXHAUSTED;
	}

}
