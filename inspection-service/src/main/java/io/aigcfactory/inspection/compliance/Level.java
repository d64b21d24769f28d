package io.aigcfactory.inspection.compliance;

/** How severe a finding is, in the order a verdict weighs them. */
public enum Level {

	/** Sends the copy to a human reviewer. */
	REVIEW,
	/** Rejects the copy. */
	BLOCK;

	static Level parse(String text) {
		return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
	}

}
