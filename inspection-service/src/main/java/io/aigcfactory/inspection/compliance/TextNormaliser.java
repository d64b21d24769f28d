package io.aigcfactory.inspection.compliance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * Folds text so that evasive spellings of a term match the term: compatibility forms and
 * full width to half width (NFKC), case, traditional and variant characters to
 * simplified, and symbols or spaces inserted between characters removed. {@code %}
 * survives, since it carries meaning in "100%".
 */
final class TextNormaliser {

	private final Map<Integer, Integer> characterMap;

	TextNormaliser(Map<Integer, Integer> characterMap) {
		this.characterMap = Map.copyOf(characterMap);
	}

	NormalisedText normalise(String original) {
		Builder folded = new Builder(original);
		int index = 0;
		while (index < original.length()) {
			int codePoint = original.codePointAt(index);
			int next = index + Character.charCount(codePoint);
			if (compatibilityStable(codePoint)) {
				folded.append(fold(codePoint), index, next);
			}
			else {
				String compatible = Normalizer.normalize(original.substring(index, next), Normalizer.Form.NFKC);
				for (int at = 0; at < compatible.length(); at += Character.charCount(compatible.codePointAt(at))) {
					folded.append(fold(compatible.codePointAt(at)), index, next);
				}
			}
			index = next;
		}
		return folded.build();
	}

	/** The normalised form of a lexicon term or phrase, without the way back. */
	String fold(String term) {
		return normalise(term).text();
	}

	/**
	 * Plain ASCII and unified CJK ideographs, which NFKC leaves as they are: most text.
	 */
	private static boolean compatibilityStable(int codePoint) {
		return codePoint < 0x80 || (codePoint >= 0x4E00 && codePoint <= 0x9FFF);
	}

	private int fold(int codePoint) {
		if (codePoint < 0x80) {
			return (codePoint >= 'A' && codePoint <= 'Z') ? codePoint + ('a' - 'A') : codePoint;
		}
		if (Character.isDigit(codePoint)) {
			return '0' + Character.digit(codePoint, 10);
		}
		int lower = Character.toLowerCase(codePoint);
		return this.characterMap.getOrDefault(lower, lower);
	}

	/** Collects kept characters with the original range each came from. */
	private static final class Builder {

		private final String original;

		private final StringBuilder text;

		private int[] starts;

		private int[] ends;

		Builder(String original) {
			this.original = original;
			this.text = new StringBuilder(original.length());
			this.starts = new int[original.length() + 8];
			this.ends = new int[this.starts.length];
		}

		void append(int codePoint, int start, int end) {
			if (!Character.isLetterOrDigit(codePoint) && codePoint != '%') {
				return;
			}
			for (char unit : Character.toChars(codePoint)) {
				if (this.text.length() == this.starts.length) {
					this.starts = Arrays.copyOf(this.starts, this.starts.length * 2);
					this.ends = Arrays.copyOf(this.ends, this.ends.length * 2);
				}
				this.starts[this.text.length()] = start;
				this.ends[this.text.length()] = end;
				this.text.append(unit);
			}
		}

		NormalisedText build() {
			int length = this.text.length();
			return new NormalisedText(this.original, this.text.toString(), Arrays.copyOf(this.starts, length),
					Arrays.copyOf(this.ends, length));
		}

	}

}
