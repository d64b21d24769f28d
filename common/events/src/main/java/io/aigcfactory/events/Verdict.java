package io.aigcfactory.events;

/** The outcome of inspecting an asset. */
public enum Verdict {

	/** Compliant and original: may be published. */
	APPROVED,
	/** Not publishable; the creative service regenerates from another angle. */
	REJECTED,
	/** Uncertain: waits for a human reviewer. */
	REVIEW

}
