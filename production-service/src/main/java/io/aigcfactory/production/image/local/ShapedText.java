package io.aigcfactory.production.image.local;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.List;

/**
 * Text split into runs of one font each, with the advance of every character measured
 * once. Widths at any size scale from these: fractional metrics are on, and neither
 * kerning nor ligatures are applied.
 */
final class ShapedText {

	static final float REFERENCE_SIZE = 100f;

	/** Antialiased with fractional metrics, as every image is drawn. */
	static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

	static final String ELLIPSIS = "…";

	private final String text;

	private final Font[] fonts;

	private final int[] runEnds;

	private final float[] advances;

	private final Font ellipsisFont;

	private final float ellipsisAdvance;

	ShapedText(String text, List<Font> fonts, int[] runEnds, Font ellipsisFont) {
		this.text = text;
		this.fonts = fonts.toArray(Font[]::new);
		this.runEnds = runEnds;
		this.advances = new float[text.length()];
		int start = 0;
		for (int run = 0; run < runEnds.length; run++) {
			measure(this.fonts[run], start, runEnds[run]);
			start = runEnds[run];
		}
		this.ellipsisFont = ellipsisFont;
		this.ellipsisAdvance = (float) ellipsisFont.createGlyphVector(RENDER_CONTEXT, ELLIPSIS)
			.getGlyphPosition(1)
			.getX();
	}

	private void measure(Font font, int start, int end) {
		GlyphVector glyphs = font.createGlyphVector(RENDER_CONTEXT, this.text.substring(start, end));
		for (int glyph = 0; glyph < glyphs.getNumGlyphs(); glyph++) {
			int index = start + glyphs.getGlyphCharIndex(glyph);
			this.advances[index] += (float) (glyphs.getGlyphPosition(glyph + 1).getX()
					- glyphs.getGlyphPosition(glyph).getX());
		}
	}

	String text() {
		return this.text;
	}

	int length() {
		return this.text.length();
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

	/** The advance of the characters {@code [from, to)} at a font size. */
	float width(int from, int to, float size) {
		float width = 0;
		for (int index = from; index < to; index++) {
			width += this.advances[index];
		}
		return width * size / REFERENCE_SIZE;
	}

	float width(float size) {
		return width(0, this.text.length(), size);
	}

	float ellipsisWidth(float size) {
		return this.ellipsisAdvance * size / REFERENCE_SIZE;
	}

	/** Draws the characters {@code [from, to)} from a point on the baseline. */
	float draw(Graphics2D graphics, int from, int to, float size, float x, float baseline) {
		int start = 0;
		float pen = x;
		for (int run = 0; run < this.runEnds.length; run++) {
			int runFrom = Math.max(from, start);
			int runTo = Math.min(to, this.runEnds[run]);
			if (runFrom < runTo) {
				graphics.setFont(this.fonts[run].deriveFont(size));
				graphics.drawString(this.text.substring(runFrom, runTo), pen, baseline);
				pen += width(runFrom, runTo, size);
			}
			start = this.runEnds[run];
		}
		return pen;
	}

	void drawEllipsis(Graphics2D graphics, float size, float x, float baseline) {
		graphics.setFont(this.ellipsisFont.deriveFont(size));
		graphics.drawString(ELLIPSIS, x, baseline);
	}

	/** The fonts of the runs, in order: what tests check for displayability. */
	List<Font> fonts() {
		return List.of(this.fonts);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
