package io.aigcfactory.inspection.compliance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;

/**
 * Folds text so that evasive spellings of a term match the term: compatibility forms and
 * full width to half width (NFKC), case folding, traditional to simplified characters
 * (ICU4J), look-alike and variant characters (a small table, plus Unicode's confusable
 * skeletons for letters of other scripts), accents stripped from Latin letters (pinyin
 * with tone marks), emoji that stand for a word replaced by the word, and symbols, spaces
 * and other emoji inserted between characters removed. {@code %} survives, since it
 * carries meaning in "100%". Every kept character remembers the range of the original
 * text it came from.
 */
final class TextNormaliser {

	/** Symbols and emoji start here; below it no code point has a reading. */
	private static final int FIRST_SYMBOL = 0x2000;

	private final Map<Integer, Integer> lookAlikes;

	/** The look-alike table for the BMP as an array, 0 where a character has none. */
	private final char[] bmpLookAlikes = new char[0x10000];

	private final Map<Integer, String> readings;

	/**
	 * The folded form of each BMP character that folds to one character, {@link #DROPPED}
	 * for those the folded text leaves out, 0 for those folded the long way: most
	 * characters of most copy take one array read. ASCII and the unified ideographs,
	 * which NFKC leaves alone, are filled at construction; any other character the first
	 * time it is folded the long way, since NFKC of one character does not change once
	 * computed (a race writes the same value twice). Characters that stand for a word,
	 * and those that fold to more than one character, are never filled.
	 */
	private final char[] singleFolds = new char[0x10000];

	private static final char DROPPED = '\uFFFF';

	/**
	 * @param lookAlikes look-alike or variant code point to the code point it stands for
	 * @param readings emoji to the word it stands for
	 */
	TextNormaliser(Map<Integer, Integer> lookAlikes, Map<Integer, String> readings) {
		this.lookAlikes = Map.copyOf(lookAlikes);
		this.readings = Map.copyOf(readings);
		this.lookAlikes.forEach((from, to) -> {
			if (from < 0x10000 && to < 0x10000) {
				this.bmpLookAlikes[from] = (char) (int) to;
			}
		});
		for (int c = 0; c <= ChineseScripts.LAST; c++) {
			if (compatibilityStable(c) && !this.readings.containsKey(c)) {
				int folded = fold(c);
				if (folded < 0x10000) {
					this.singleFolds[c] = kept(folded) ? (char) folded : DROPPED;
				}
			}
		}
	}

	NormalisedText normalise(String original) {
		Builder folded = new Builder(original);
		int index = 0;
		while (index < original.length()) {
			char unit = original.charAt(index);
			char single = this.singleFolds[unit];
			if (single != 0) {
				if (single != DROPPED) {
					folded.appendKept(single, index);
				}
				index++;
				continue;
			}
			int codePoint = original.codePointAt(index);
			int next = index + Character.charCount(codePoint);
			String reading = (codePoint >= FIRST_SYMBOL && !ChineseScripts.ideograph(codePoint))
					? this.readings.get(codePoint) : null;
			if (reading != null) {
				for (int at = 0; at < reading.length(); at += Character.charCount(reading.codePointAt(at))) {
					folded.append(fold(reading.codePointAt(at)), index, next);
				}
			}
			else if (compatibilityStable(codePoint)) {
				folded.append(fold(codePoint), index, next);
			}
			else {
				int before = folded.length();
				String compatible = Normalizer.normalize(original.substring(index, next), Normalizer.Form.NFKC);
				for (int at = 0; at < compatible.length(); at += Character.charCount(compatible.codePointAt(at))) {
					folded.append(fold(compatible.codePointAt(at)), index, next);
				}
				remember(codePoint, folded, before);
			}
			index = next;
		}
		return folded.build();
	}

	/**
	 * Keeps the fold of a BMP character that came out as one character or none, so that
	 * the next text reads it from {@link #singleFolds}.
	 */
	private void remember(int codePoint, Builder folded, int before) {
		if (codePoint >= 0x10000 || Character.isSurrogate((char) codePoint)) {
			return;
		}
		int added = folded.length() - before;
		if (added == 0) {
			this.singleFolds[codePoint] = DROPPED;
		}
		else if (added == 1 && folded.charAt(before) != DROPPED) {
			this.singleFolds[codePoint] = folded.charAt(before);
		}
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
		int mapped = lookAlike(codePoint);
		if (mapped >= 0) {
			return mapped;
		}
		if (ChineseScripts.ideograph(codePoint)) {
			int simplified = ChineseScripts.simplified(codePoint);
			int again = lookAlike(simplified);
			return (again >= 0) ? again : simplified;
		}
		if (Character.isDigit(codePoint)) {
			return '0' + Character.digit(codePoint, 10);
		}
		if (!Character.isLetter(codePoint)) {
			return codePoint;
		}
		int lower = UCharacter.foldCase(codePoint, true);
		int mappedLower = this.lookAlikes.getOrDefault(lower, lower);
		if (mappedLower != lower || Character.isIdeographic(lower)) {
			return mappedLower;
		}
		int base = unaccented(lower);
		return (base >= 0) ? base : latinOrSelf(lower);
	}

	private int lookAlike(int codePoint) {
		if (codePoint < 0x10000) {
			char to = this.bmpLookAlikes[codePoint];
			return (to != 0) ? to : -1;
		}
		return this.lookAlikes.getOrDefault(codePoint, -1);
	}

	/** "ì" to "i", "ü" to "v" as pinyin writes it; -1 for anything else. */
	private static int unaccented(int codePoint) {
		String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
		int base = decomposed.charAt(0);
		if (decomposed.length() < 2 || base >= 0x80) {
			return -1;
		}
		return (base == 'u' && decomposed.indexOf('\u0308') > 0) ? 'v' : base;
	}

	private static int latinOrSelf(int codePoint) {
		int latin = ChineseScripts.latinLookAlike(codePoint);
		return (latin >= 0) ? latin : codePoint;
	}

	/** Letters, digits and {@code %} are kept; every other character is left out. */
	private static boolean kept(int codePoint) {
		return Character.isLetterOrDigit(codePoint) || codePoint == '%';
	}

	/** Collects kept characters with the original range each came from. */
	private static final class Builder {

		private final String original;

		private char[] text;

		private int length;

		private int[] starts;

		private int[] ends;

		Builder(String original) {
			this.original = original;
			this.text = new char[original.length() + 8];
			this.starts = new int[this.text.length];
			this.ends = new int[this.text.length];
		}

		int length() {
			return this.length;
		}

		char charAt(int index) {
			return this.text[index];
		}

		/**
		 * A character known to be kept, from the one original character at {@code at}.
		 */
		void appendKept(char unit, int at) {
			if (this.length == this.text.length) {
				grow();
			}
			this.starts[this.length] = at;
			this.ends[this.length] = at + 1;
			this.text[this.length++] = unit;
		}

		void append(int codePoint, int start, int end) {
			if (!kept(codePoint)) {
				return;
			}
			for (char unit : Character.toChars(codePoint)) {
				if (this.length == this.text.length) {
					grow();
				}
				this.starts[this.length] = start;
				this.ends[this.length] = end;
				this.text[this.length++] = unit;
			}
		}

		private void grow() {
			this.text = Arrays.copyOf(this.text, this.text.length * 2);
			this.starts = Arrays.copyOf(this.starts, this.text.length);
			this.ends = Arrays.copyOf(this.ends, this.text.length);
		}

		/** The arrays of origins may be longer than the text; only its range is read. */
		NormalisedText build() {
			return new NormalisedText(this.original, new String(this.text, 0, this.length), this.starts, this.ends);
		}

	}

}
