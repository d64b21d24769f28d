package io.aigcfactory.inspection.compliance;

/**
 * Text folded for matching, with the way back to the original: the normalised character
 * at index {@code i} came from {@code original.substring(starts[i], ends[i])}. The arrays
 * of origins may run past the end of the text; only the text's range is read.
 *
 * @param original the text as written
 * @param text the normalised text
 * @param starts for each normalised character, where its source starts in the original
 * @param ends for each normalised character, where its source ends in the original
 */
record NormalisedText(String original, String text, int[] starts, int[] ends) {

	/** The original text that the normalised range {@code [from, to)} came from. */
	String originalOf(int from, int to) {
		return this.original.substring(this.starts[from], this.ends[to - 1]);
	}

	/** Where the original text of the normalised character at {@code index} starts. */
	int originalStart(int index) {
		return this.starts[index];
	}

	/** Where the original text of the normalised character at {@code index} ends. */
	int originalEnd(int index) {
		return this.ends[index];
	}

}
