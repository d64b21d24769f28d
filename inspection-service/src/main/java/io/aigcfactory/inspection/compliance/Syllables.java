package io.aigcfactory.inspection.compliance;

import java.util.HashMap;
import java.util.Map;

/**
 * Each toneless pinyin syllable as one private-use character, so that text can be
 * compared by sound one character at a time: 醉 and 最 both become the symbol of "zui".
 * Characters without a reading stay as they are.
 */
final class Syllables {

	private static final char FIRST_SYMBOL = '\uE000';

	private Syllables() {
	}

	/** The text with every ideograph replaced by the symbol of its syllable. */
	static String symbols(String text) {
		char[] symbols = new char[text.length()];
		for (int i = 0; i < symbols.length; i++) {
			symbols[i] = symbol(text.charAt(i));
		}
		return new String(symbols);
	}

	/** The symbol of an ideograph's syllable; any other character as it is. */
	static char symbol(char c) {
		return ChineseScripts.ideograph(c) ? Table.SYMBOLS[c - ChineseScripts.FIRST] : c;
	}

	/** Built on first use from {@link ChineseScripts#syllable}. */
	private static final class Table {

		static final char[] SYMBOLS = symbolTable();

		private static char[] symbolTable() {
			Map<String, Character> bySyllable = new HashMap<>();
			char[] table = new char[ChineseScripts.LAST - ChineseScripts.FIRST + 1];
			for (int c = ChineseScripts.FIRST; c <= ChineseScripts.LAST; c++) {
				String syllable = ChineseScripts.syllable(c);
				table[c - ChineseScripts.FIRST] = (syllable != null)
						? bySyllable.computeIfAbsent(syllable, (key) -> (char) (FIRST_SYMBOL + bySyllable.size()))
						: (char) c;
			}
			return table;
		}

	}

}
