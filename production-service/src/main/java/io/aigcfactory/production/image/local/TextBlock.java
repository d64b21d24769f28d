package io.aigcfactory.production.image.local;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Text set in lines at one size and placed: its box starts at ({@code x}, {@code y}) and
 * is {@code width} wide; each line is aligned within it.
 *
 * @param text the text
 * @param size the font size in pixels
 * @param lineHeight the distance between baselines in pixels
 * @param lines the lines
 * @param x left edge of the box
 * @param y top edge of the box
 * @param width width of the box
 * @param align how lines align in the box
 */
record TextBlock(ShapedText text, float size, float lineHeight, List<Line> lines, float x, float y, float width,
		Align align) {

	enum Align {

		LEFT, CENTER, RIGHT

	}

	TextBlock {
		lines = List.copyOf(lines);
	}

	TextBlock at(float x, float y) {
		return new TextBlock(this.text, this.size, this.lineHeight, this.lines, x, y, this.width, this.align);
	}

	TextBlock aligned(float x, float y, float width, Align align) {
		return new TextBlock(this.text, this.size, this.lineHeight, this.lines, x, y, width, align);
	}

	float height() {
		return this.lines.size() * this.lineHeight;
	}

	/** The width of the widest line. */
	float textWidth() {
		return (float) this.lines.stream().mapToDouble(Line::width).max().orElse(0);
	}

	float lineX(int line) {
		float slack = this.width - this.lines.get(line).width();
		return switch (this.align) {
			case LEFT -> this.x;
			case CENTER -> this.x + slack / 2;
			case RIGHT -> this.x + slack;
		};
	}

	float baseline(int line) {
		return this.y + line * this.lineHeight + (this.lineHeight - this.size) / 2 + CjkFonts.EM_ASCENT * this.size;
	}

	/** The boxes the lines take, united: where ink may fall. */
	Rectangle2D bounds() {
		Rectangle2D bounds = null;
		for (int line = 0; line < this.lines.size(); line++) {
			Rectangle2D box = new Rectangle2D.Float(lineX(line), this.y + line * this.lineHeight,
					this.lines.get(line).width(), this.lineHeight);
			bounds = (bounds != null) ? bounds.createUnion(box) : box;
		}
		return (bounds != null) ? bounds : new Rectangle2D.Float(this.x, this.y, 0, 0);
	}

	/** Draws the lines in the graphics' current paint. */
	void draw(Graphics2D graphics) {
		for (int index = 0; index < this.lines.size(); index++) {
			Line line = this.lines.get(index);
			float end = this.text.draw(graphics, line.start(), line.end(), this.size, lineX(index), baseline(index));
			if (line.ellipsis()) {
				this.text.drawEllipsis(graphics, this.size, end, baseline(index));
			}
		}
	}

}
