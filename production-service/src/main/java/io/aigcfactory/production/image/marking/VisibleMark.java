package io.aigcfactory.production.image.marking;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.production.image.UnmarkableImage;
import io.aigcfactory.production.image.marking.MarkingSettings.Corner;
import io.aigcfactory.production.image.marking.MarkingSettings.ImageMark;

/**
 * Draws the visible AI-generated mark: the wording on a plate, its ink (the glyphs' drawn
 * height, not the font size) as high as the setting asks of the short side, at the first
 * place along the edges that keeps clear of every keep-out area: the corners in the order
 * given (on images the configured corner, then the others clockwise), then the rest of
 * the top and bottom edges, then the sides.
 */
final class VisibleMark {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Font font;

	VisibleMark(Font font) {
		this.font = font;
	}

	/**
	 * Draws the mark on the image, trying the configured corner first and the others
	 * clockwise.
	 * @return where the plate was drawn
	 * @throws UnmarkableImage when no place along the edges is clear
	 */
	Placed draw(BufferedImage image, ImageMark mark, List<Rectangle> keepOut) {
		Placed placed = place(image.getWidth(), image.getHeight(), mark, keepOut, clockwise(mark.position()));
		placed.paint(image);
		return placed;
	}

	/**
	 * Where the mark goes on a picture of this size: the first of these corners clear of
	 * every keep-out area, else the first clear place along the edges.
	 * @throws UnmarkableImage when no place along the edges is clear
	 */
	Placed place(int imageWidth, int imageHeight, ImageMark mark, List<Rectangle> keepOut, List<Corner> corners) {
		int shortSide = Math.min(imageWidth, imageHeight);
		double inkHeight = Math.ceil(mark.height() * shortSide);
		GlyphVector probe = this.font.deriveFont(100f).createGlyphVector(CONTEXT, mark.text());
		float size = (float) (100 * inkHeight / probe.getVisualBounds().getHeight());
		GlyphVector glyphs = this.font.deriveFont(size).createGlyphVector(CONTEXT, mark.text());
		Rectangle2D ink = glyphs.getVisualBounds();
		int pad = (int) Math.ceil(inkHeight * 0.3);
		int width = (int) Math.ceil(ink.getWidth()) + 2 * pad;
		int height = (int) Math.ceil(ink.getHeight()) + 2 * pad;
		int margin = Math.max(2, (int) Math.round(shortSide * 0.02));
		for (Rectangle plate : candidates(imageWidth, imageHeight, width, height, margin, corners)) {
			if (clear(plate, keepOut, margin / 2)) {
				return new Placed(plate, ink.getHeight(), glyphs, ink, pad, mark);
			}
		}
		throw new UnmarkableImage("No edge or corner of the " + imageWidth + "x" + imageHeight
				+ " picture has room for the AI-generated mark clear of the product and the price");
	}

	/** Every corner, clockwise from this one. */
	static List<Corner> clockwise(Corner first) {
		Corner[] corners = Corner.values();
		List<Corner> order = new ArrayList<>();
		for (int i = 0; i < corners.length; i++) {
			order.add(corners[(first.ordinal() + i) % corners.length]);
		}
		return order;
	}

	/**
	 * Where the mark goes, ready to be painted on any picture of the size it was placed
	 * for.
	 *
	 * @param plate the plate, in pixels
	 * @param inkHeight the drawn height of the wording, in pixels
	 * @param glyphs the wording's glyphs
	 * @param ink the glyphs' drawn bounds
	 * @param pad the plate's padding around the ink
	 * @param mark the mark's settings
	 */
	record Placed(Rectangle plate, double inkHeight, GlyphVector glyphs, Rectangle2D ink, int pad, ImageMark mark) {

		/** Paints the plate and the wording. */
		void paint(BufferedImage image) {
			Graphics2D graphics = image.createGraphics();
			try {
				graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
				graphics.setColor(colour(this.mark.background()));
				double arc = this.plate.height * 0.4;
				graphics.fill(new RoundRectangle2D.Double(this.plate.x, this.plate.y, this.plate.width,
						this.plate.height, arc, arc));
				graphics.setColor(colour(this.mark.colour()));
				graphics.drawGlyphVector(this.glyphs, (float) (this.plate.x + this.pad - this.ink.getX()),
						(float) (this.plate.y + this.pad - this.ink.getY()));
			}
			finally {
				graphics.dispose();
			}
		}

	}

	private static List<Rectangle> candidates(int width, int height, int w, int h, int margin, List<Corner> corners) {
		List<Rectangle> places = new ArrayList<>();
		for (Corner corner : corners) {
			boolean right = corner == Corner.TOP_RIGHT || corner == Corner.BOTTOM_RIGHT;
			boolean bottom = corner == Corner.BOTTOM_LEFT || corner == Corner.BOTTOM_RIGHT;
			places.add(new Rectangle(right ? width - margin - w : margin, bottom ? height - margin - h : margin, w, h));
		}
		for (int x = margin; x + w + margin <= width; x += margin) {
			places.add(new Rectangle(x, margin, w, h));
			places.add(new Rectangle(x, height - margin - h, w, h));
		}
		for (int y = margin; y + h + margin <= height; y += margin) {
			places.add(new Rectangle(margin, y, w, h));
			places.add(new Rectangle(width - margin - w, y, w, h));
		}
		return places.stream().filter((r) -> r.x >= 0 && r.y >= 0 && r.x + w <= width && r.y + h <= height).toList();
	}

	private static boolean clear(Rectangle plate, List<Rectangle> keepOut, int gap) {
		Rectangle grown = new Rectangle(plate.x - gap, plate.y - gap, plate.width + 2 * gap, plate.height + 2 * gap);
		return keepOut.stream().noneMatch(grown::intersects);
	}

	private static Color colour(String hex) {
		long value = Long.parseLong(hex.substring(1), 16);
		return (hex.length() == 9) ? new Color((int) (value >> 24) & 0xFF, (int) (value >> 16) & 0xFF,
				(int) (value >> 8) & 0xFF, (int) value & 0xFF) : new Color((int) value);
	}

}
