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
		StringBuilder text = new StringBuilder(original.length());
		int[] starts = new int[original.length() * 2 + 4];
		int[] ends = new int[starts.length];
		int index = 0;
		while (index < original.length()) {
			int codePoint = original.codePointAt(index);
			int next = index + Character.charCount(codePoint);
			String compatible = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
			for (int folded : compatible.codePoints().map(this::fold).toArray()) {
				if (!kept(folded)) {
					continue;
				}
				for (char unit : Character.toChars(folded)) {
					if (text.length() == starts.length) {
						starts = Arrays.copyOf(starts, starts.length * 2);
						ends = Arrays.copyOf(ends, ends.length * 2);
					}
					starts[text.length()] = index;
					ends[text.length()] = next;
					text.append(unit);
				}
			}
			index = next;
		}
		return new NormalisedText(original, text.toString(), Arrays.copyOf(starts, text.length()),
				Arrays.copyOf(ends, text.length()));
	}

	/** The normalised form of a lexicon term or phrase, without the way back. */
	String fold(String term) {
		return normalise(term).text();
	}

	private int fold(int codePoint) {
		if (codePoint > 0x7f && Character.isDigit(codePoint)) {
			return '0' + Character.digit(codePoint, 10);
		}
		int lower = Character.toLowerCase(codePoint);
		return this.characterMap.getOrDefault(lower, lower);
	}

	private static boolean kept(int codePoint) {
		return Character.isLetterOrDigit(codePoint) || codePoint == '%';
	}

}
