package io.aigcfactory.inspection.compliance;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.jspecify.annotations.Nullable;

/**
 * Character facts from maintained libraries, computed once per JVM for the CJK unified
 * ideographs (U+3400–U+9FFF): the simplified form of each ideograph (ICU4J's
 * {@code Traditional-Simplified} transform), its toneless pinyin (pinyin4j, first
 * reading), and the Latin letter a look-alike from another script stands for (ICU's
 * confusable skeleton).
 */
final class ChineseScripts {

	static final int FIRST = 0x3400;

	static final int LAST = 0x9FFF;

	private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

	private ChineseScripts() {
	}

	static boolean ideograph(int codePoint) {
		return codePoint >= FIRST && codePoint <= LAST;
	}

	/** The simplified form of an ideograph, or the ideograph itself. */
	static int simplified(int codePoint) {
		return ideograph(codePoint) ? Tables.SIMPLIFIED[codePoint - FIRST] : codePoint;
	}

	/** The toneless pinyin of an ideograph (ü written v), or {@code null}. */
	static @Nullable String syllable(int codePoint) {
		return ideograph(codePoint) ? Tables.SYLLABLES[codePoint - FIRST] : null;
	}

	/**
	 * The ASCII letter or digit a letter of another script is confusable with ("Ν" Greek
	 * capital nu for "N"), or {@code -1}.
	 */
	static int latinLookAlike(int codePoint) {
		String skeleton = SPOOF.getSkeleton(Character.toString(codePoint));
		if (skeleton.length() != 1) {
			return -1;
		}
		char c = skeleton.charAt(0);
		boolean asciiAlnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		return asciiAlnum ? Character.toLowerCase(c) : -1;
	}

	/** Built on first use: about 0.7 s for both tables. */
	private static final class Tables {

		static final int[] SIMPLIFIED = simplifiedTable();

		static final String[] SYLLABLES = syllableTable();

		private static int[] simplifiedTable() {
			Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
			int[] table = new int[LAST - FIRST + 1];
			for (int c = FIRST; c <= LAST; c++) {
				String simplified = toSimplified.transliterate(Character.toString(c));
				boolean single = simplified.codePointCount(0, simplified.length()) == 1;
				table[c - FIRST] = single ? simplified.codePointAt(0) : c;
			}
			return table;
		}

		private static String[] syllableTable() {
			HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
			format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
			format.setVCharType(HanyuPinyinVCharType.WITH_V);
			format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
			String[] table = new String[LAST - FIRST + 1];
			try {
				for (int c = FIRST; c <= LAST; c++) {
					String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) c, format);
					table[c - FIRST] = (readings != null && readings.length > 0) ? readings[0] : null;
				}
			}
			catch (BadHanyuPinyinOutputFormatCombination ex) {
				throw new IllegalStateException("pinyin4j refused the toneless lower-case format", ex);
			}
			return table;
		}

	}

}
