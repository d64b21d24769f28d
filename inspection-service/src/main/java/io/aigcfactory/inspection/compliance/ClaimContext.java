package io.aigcfactory.inspection.compliance;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the words around a matched term: whether it is negated or quoted (which the SAMR
 * 2023 guideline says is not automatically a violation), and whether a Latin or numeric
 * term stands on its own rather than inside a longer word or number ("TOP10", "1100%").
 */
final class ClaimContext {

	private static final String OPENING_QUOTES = "“‘\"'「『《〈";

	private static final String CLOSING_QUOTES = "”’\"'」』》〉";

	private final List<String> negationCues;

	/**
	 * @param negationCues normalised negation words
	 */
	ClaimContext(List<String> negationCues) {
		this.negationCues = negationCues.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	boolean negated(NormalisedText text, int start) {
		for (String cue : this.negationCues) {
			if (start >= cue.length() && text.text().startsWith(cue, start - cue.length())) {
				return true;
			}
		}
		return false;
	}

	boolean quoted(NormalisedText text, int start, int end) {
		int before = skipSpace(text.original(), text.originalStart(start) - 1, -1);
		int after = skipSpace(text.original(), text.originalEnd(end - 1), 1);
		return before >= 0 && after < text.original().length()
				&& OPENING_QUOTES.indexOf(text.original().charAt(before)) >= 0
				&& CLOSING_QUOTES.indexOf(text.original().charAt(after)) >= 0;
	}

	/**
	 * Whether a term that begins or ends with a Latin letter or digit is cut out of a
	 * longer run.
	 */
	boolean standsAlone(NormalisedText text, int start, int end) {
		String original = text.original();
		int before = text.originalStart(start);
		int after = text.originalEnd(end - 1);
		boolean openStart = asciiAlnum(text.text().charAt(start)) && before > 0
				&& asciiAlnum(original.codePointBefore(before));
		boolean openEnd = asciiAlnum(text.text().charAt(end - 1)) && after < original.length()
				&& asciiAlnum(original.codePointAt(after));
		return !openStart && !openEnd;
	}

	private static int skipSpace(String text, int index, int step) {
		int at = index;
		while (at >= 0 && at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at += step;
		}
		return at;
	}

	private static boolean asciiAlnum(int codePoint) {
		if (codePoint < 0x80) {
			return asciiLetterOrDigit((char) codePoint);
		}
		if (ChineseScripts.ideograph(codePoint)) {
			return false;
		}
		String folded = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
		if (folded.length() != 1) {
			return false;
		}
		return asciiLetterOrDigit(folded.charAt(0));
	}

	private static boolean asciiLetterOrDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
