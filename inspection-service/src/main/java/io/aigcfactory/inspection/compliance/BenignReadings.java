package io.aigcfactory.inspection.compliance;

import java.util.regex.Pattern;

/**
 * Readings of a term that make no claim, recognised by the words around it (SAMR 2023
 * guideline on absolute terms: context decides): an ordinal that counts ("第一季度", "第一步"),
 * a physical limit stated as a specification with its unit ("最大承重 150kg", "最低温度 -20℃"),
 * and the title of a work ("《最好的我们》"). Works on the normalised text, where spaces, signs
 * and decimal points are gone.
 */
final class BenignReadings {

	/** What an ordinal counts when it is followed by one of these. */
	private static final Pattern COUNTED = Pattern
		.compile("^(季度|季|步|种|张|泡|份|句|关|颗|次|天|日|周|月|年|章|节|课|集|期|批|层|排|代|站|轮|口|眼|件|双|阶段|部分|条|页|名额|场|届|时间|印象|道|个月)");

	/** The dimensions a specification states a limit of. */
	private static final Pattern LIMIT = Pattern.compile("^最(大|高|低|小|长|短|快|慢|多|少|远|近|深|宽|重|轻|薄|厚)");

	/**
	 * A quantity within a few words after the limit: number then unit, as in "承重150kg" or
	 * "支持65w".
	 */
	private static final Pattern SPECIFICATION = Pattern.compile("^\\p{IsHan}{0,6}?(可达|达到|达|为|约|仅|至)?\\d+万?("
			+ "kg|g|mg|mm|cm|km|m|w|kw|v|mah|wh|c|度|小时|h|分钟|min|秒|s|转|rpm|hz|khz|db|l|ml|升|毫升|公斤|千克|克|斤|米|厘米|毫米|"
			+ "瓦|伏|人|位|层|档|倍|gb|tb|mb|fps|寸|英寸|p|k|帧|公里|码|级|英尺|psi|bar|pa|n|台|张|页|岁|天|年|个月|次)");

	private static final int TITLE_REACH = 30;

	private static final int CUE_REACH = 6;

	/** Words that introduce a quotation from a work. */
	private static final Pattern QUOTATION_CUES = Pattern.compile("诗句|诗中|古诗|歌词|台词|名句|名言|课文|书中|原文|取自");

	/** Whether the term at {@code [start, end)} of the normalised text reads benignly. */
	boolean benign(NormalisedText text, int start, int end) {
		return countingOrdinal(text.text(), start, end) || specification(text.text(), start, end)
				|| enclosed(text, start, end, '《', '》') || citedQuotation(text, start, end);
	}

	private static boolean countingOrdinal(String text, int start, int end) {
		String term = text.substring(start, end);
		return (term.equals("第一") || term.equals("第1")) && COUNTED.matcher(text.substring(end)).lookingAt();
	}

	private static boolean specification(String text, int start, int end) {
		java.util.regex.Matcher limit = LIMIT.matcher(text.substring(start));
		if (!limit.lookingAt() || end - start > 2) {
			return false;
		}
		return SPECIFICATION.matcher(text.substring(start + 2, Math.min(text.length(), start + 2 + 20))).lookingAt();
	}

	/**
	 * Inside a quotation that a cue before it names as a line of a poem, song, film or
	 * text ("诗句“最是人间留不住”"): words of a work, not the advertiser's claim.
	 */
	private static boolean citedQuotation(NormalisedText text, int start, int end) {
		if (!enclosed(text, start, end, '“', '”')) {
			return false;
		}
		String original = text.original();
		int open = original.lastIndexOf('“', text.originalStart(start));
		String before = original.substring(Math.max(0, open - CUE_REACH), open);
		return QUOTATION_CUES.matcher(before).find();
	}

	/**
	 * Inside a pair of marks, as in 《…》 (a book, film, song or programme name), within a
	 * short reach on either side.
	 */
	private static boolean enclosed(NormalisedText text, int start, int end, char opening, char closing) {
		String original = text.original();
		int from = text.originalStart(start);
		int to = text.originalEnd(end - 1);
		int open = original.lastIndexOf(opening, from);
		int close = original.indexOf(closing, to);
		return open >= 0 && close >= 0 && from - open <= TITLE_REACH && close - to <= TITLE_REACH
				&& original.indexOf(closing, open) >= to && original.lastIndexOf(opening, close) == open;
	}

}
