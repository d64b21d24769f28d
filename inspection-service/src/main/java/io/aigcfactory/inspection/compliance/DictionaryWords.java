package io.aigcfactory.inspection.compliance;

import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where words begin and end in Chinese text, by ICU4J's dictionary-based word
 * segmentation of a span and a few characters around it: "以下主要成分" reads 以下 / 主要 / 成分, so
 * the 主 of its 下主 is part of the word 主要. The words of {@code compliance/words.txt},
 * which ICU's dictionary lacks and ad copy uses (主子 for a pet, as in "想象一下主子饭点"), count
 * as words too.
 */
final class DictionaryWords {

	private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);

	private static final List<String> EXTRA = Lexicon.resourceLines("words.txt");

	/**
	 * How many characters on each side of a span are segmented with it: enough for the
	 * words of ad copy that could hold one of its characters.
	 */
	private static final int CONTEXT = 4;

	private DictionaryWords() {
	}

	/**
	 * Whether one of the given characters of a span belongs to a word that reaches
	 * outside the span.
	 * @param text the text, e.g. normalised copy
	 * @param from where the span starts
	 * @param to where it ends, exclusive
	 * @param characters which characters of the span to read, by their index in the text
	 */
	static boolean partOfLongerWord(String text, int from, int to, int... characters) {
		// Segmenting costs about as much per character as the whole scan, so only the
		// span and its context are read.
		int windowStart = Math.max(0, from - CONTEXT);
		int windowEnd = Math.min(text.length(), to + CONTEXT);
		// An iterator holds its position, so each reading has its own copy.
		BreakIterator words = (BreakIterator) WORDS.clone();
		words.setText(text.substring(windowStart, windowEnd));
		for (int index : characters) {
			int start = windowStart + words.preceding(index - windowStart + 1);
			int end = windowStart + words.following(index - windowStart);
			if (start < from || end > to || inExtraWord(text, from, to, index)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a word of the extra list holds the character and reaches outside the span.
	 */
	private static boolean inExtraWord(String text, int from, int to, int index) {
		for (String word : EXTRA) {
			for (int at = Math.max(0, index - word.length() + 1); at <= index; at++) {
				if (text.startsWith(word, at) && (at < from || at + word.length() > to)) {
					return true;
				}
			}
		}
		return false;
	}

}
