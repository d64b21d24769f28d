package io.aigcfactory.production.image.local;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines the way Chinese is set: between any two hanzi, but never with
 * closing punctuation at the start of a line or opening punctuation at its end, and never
 * inside a run of Latin letters and digits such as {@code 40dB} or {@code 29.9}.
 */
final class LineBreaker {

	/** Characters that must not start a line (行首禁则). */
	private static final String NO_START = "，。、；：？！）》〉」』】〕〗］｝”’…—～·％‰℃" + ",.;:?!)]}%'\"-–";

	/** Characters that must not end a line (行尾禁则). */
	private static final String NO_END = "（《〈「『【〔〖［｛“‘￥¥$＄#＃" + "([{";

	private LineBreaker() {
	}

	/**
	 * Wraps text greedily at a font size into lines no wider than {@code maxWidth}. A
	 * line is wider only when one character alone is: callers see that by its width.
	 */
	static List<Line> wrap(ShapedText shaped, float size, float maxWidth) {
		String text = shaped.text();
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = lineEnd(shaped, start, size, maxWidth);
			int visibleEnd = end;
			while (visibleEnd > start && text.charAt(visibleEnd - 1) == ' ') {
				visibleEnd--;
			}
			lines.add(new Line(start, visibleEnd, shaped.width(start, visibleEnd, size), false));
			start = end;
			while (start < text.length() && text.charAt(start) == ' ') {
				start++;
			}
		}
		return lines;
	}

	/** Where the line that starts at {@code start} ends (exclusive). */
	private static int lineEnd(ShapedText shaped, int start, float size, float maxWidth) {
		String text = shaped.text();
		int lastBreak = -1;
		float width = 0;
		int index = start;
		while (index < text.length()) {
			int next = index + Character.charCount(text.codePointAt(index));
			float advance = shaped.width(index, next, size);
			// Spaces may hang past the edge: they are trimmed from the line's end.
			if (width + advance > maxWidth && index > start && text.charAt(index) != ' ') {
				if (canBreakBefore(text, index)) {
					return index;
				}
				return (lastBreak > start) ? lastBreak : index;
			}
			width += advance;
			index = next;
			if (index < text.length() && canBreakBefore(text, index)) {
				lastBreak = index;
			}
		}
		return text.length();
	}

	/**
	 * Whether a line may start at {@code index}, which is past the text's first
	 * character.
	 */
	static boolean canBreakBefore(String text, int index) {
		int before = text.codePointBefore(index);
		int after = text.codePointAt(index);
		if (after == ' ') {
			return false;
		}
		if (before == ' ') {
			return true;
		}
		if (NO_START.indexOf(after) >= 0 || NO_END.indexOf(before) >= 0) {
			return false;
		}
		return !(latin(before) && latin(after));
	}

	private static boolean latin(int codePoint) {
		if (codePoint >= 0x2E80) {
			return false;
		}
		UnicodeScript script = UnicodeScript.of(codePoint);
		return script != UnicodeScript.HAN && script != UnicodeScript.HIRAGANA && script != UnicodeScript.KATAKANA;
	}

}
