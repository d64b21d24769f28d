package io.aigcfactory.production.image.local;

import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.production.image.local.TextBlock.Align;
import org.jspecify.annotations.Nullable;

/**
 * How text is fitted into a box: the largest size from {@code maxSize} down to
 * {@code minSize} at which it wraps into at most {@code maxLines} lines that fit.
 *
 * @param maxWidth the box's width
 * @param maxHeight the box's height
 * @param maxSize the largest font size
 * @param minSize the smallest font size
 * @param maxLines the most lines
 * @param leading line height as a multiple of the font size
 * @param balance whether lines are evened out rather than filled greedily, so that a
 * headline does not end in a lone character
 * @param ellipsize whether text that does not fit even at {@code minSize} is cut with an
 * ellipsis rather than refused
 */
record TextFit(float maxWidth, float maxHeight, float maxSize, float minSize, int maxLines, float leading,
		boolean balance, boolean ellipsize) {

	/** One line, shrunk to fit, cut if even {@code minSize} is too large. */
	static TextFit line(float maxWidth, float maxSize, float minSize) {
		return new TextFit(maxWidth, maxSize * 1.25f, maxSize, minSize, 1, 1.2f, false, true);
	}

	/**
	 * Sets text into a block at (0, 0), left-aligned in a box {@code maxWidth} wide.
	 * @return the block, or {@code null} when the text does not fit and may not be cut
	 */
	@Nullable TextBlock set(ShapedText text) {
		if (text.isEmpty()) {
			return null;
		}
		float step = Math.max(0.25f, this.maxSize / 80);
		for (float size = this.maxSize; size >= this.minSize - 0.001f; size -= step) {
			List<Line> lines = LineBreaker.wrap(text, size, this.maxWidth);
			if (fits(lines, size)) {
				if (this.balance && lines.size() > 1) {
					lines = balanced(text, size, lines.size());
				}
				return block(text, size, lines);
			}
		}
		return this.ellipsize ? cut(text, this.minSize) : null;
	}

	private boolean fits(List<Line> lines, float size) {
		return lines.size() <= this.maxLines && lines.size() * this.leading * size <= this.maxHeight + 0.001f
				&& lines.stream().allMatch((line) -> line.width() <= this.maxWidth);
	}

	/** The same number of lines at the narrowest width that still gives that many. */
	private List<Line> balanced(ShapedText text, float size, int count) {
		float narrow = 0;
		float wide = this.maxWidth;
		for (int step = 0; step < 14; step++) {
			float width = (narrow + wide) / 2;
			List<Line> lines = LineBreaker.wrap(text, size, width);
			boolean fits = lines.size() <= count && lines.stream().allMatch((line) -> line.width() <= width);
			if (fits) {
				wide = width;
			}
			else {
				narrow = width;
			}
		}
		return LineBreaker.wrap(text, size, wide);
	}

	private @Nullable TextBlock cut(ShapedText text, float size) {
		int count = Math.min(this.maxLines, (int) (this.maxHeight / (this.leading * size) + 0.001f));
		if (count < 1) {
			return null;
		}
		List<Line> lines = new ArrayList<>(LineBreaker.wrap(text, size, this.maxWidth));
		if (lines.size() <= count && lines.stream().allMatch((line) -> line.width() <= this.maxWidth)) {
			return block(text, size, lines);
		}
		List<Line> kept = new ArrayList<>(lines.subList(0, Math.min(count, lines.size())));
		Line last = kept.removeLast();
		kept.add(ellipsized(text, size, last.start()));
		return block(text, size, kept);
	}

	/** The longest line from {@code start} that fits with an ellipsis after it. */
	private Line ellipsized(ShapedText text, float size, int start) {
		String chars = text.text();
		float room = this.maxWidth - text.ellipsisWidth(size);
		int end = start;
		while (end < chars.length()) {
			int next = end + Character.charCount(chars.codePointAt(end));
			if (text.width(start, next, size) > room) {
				break;
			}
			end = next;
		}
		// "，…" reads badly: the ellipsis replaces trailing spaces and punctuation.
		while (end > start && !Character.isLetterOrDigit(chars.codePointBefore(end))) {
			end -= Character.charCount(chars.codePointBefore(end));
		}
		return new Line(start, end, text.width(start, end, size) + text.ellipsisWidth(size), true);
	}

	private TextBlock block(ShapedText text, float size, List<Line> lines) {
		return new TextBlock(text, size, this.leading * size, lines, 0, 0, this.maxWidth, Align.LEFT);
	}

}
