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
 * place along the edges that keeps clear of every keep-out area: the configured corner,
 * the other corners clockwise, then the rest of the top and bottom edges, then the sides.
 */
final class VisibleMark {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Font font;

	VisibleMark(Font font) {
		this.font = font;
	}

	/**
	 * Draws the mark on the image.
	 * @return where the plate was drawn
	 * @throws UnmarkableImage when no place along the edges is clear
	 */
	Placed draw(BufferedImage image, ImageMark mark, List<Rectangle> keepOut) {
		int shortSide = Math.min(image.getWidth(), image.getHeight());
		double inkHeight = Math.ceil(mark.height() * shortSide);
		GlyphVector probe = this.font.deriveFont(100f).createGlyphVector(CONTEXT, mark.text());
		float size = (float) (100 * inkHeight / probe.getVisualBounds().getHeight());
		GlyphVector glyphs = this.font.deriveFont(size).createGlyphVector(CONTEXT, mark.text());
		Rectangle2D ink = glyphs.getVisualBounds();
		int pad = (int) Math.ceil(inkHeight * 0.3);
		int width = (int) Math.ceil(ink.getWidth()) + 2 * pad;
		int height = (int) Math.ceil(ink.getHeight()) + 2 * pad;
		int margin = Math.max(2, (int) Math.round(shortSide * 0.02));
		for (Rectangle plate : candidates(image.getWidth(), image.getHeight(), width, height, margin,
				mark.position())) {
			if (clear(plate, keepOut, margin / 2)) {
				paint(image, glyphs, ink, plate, pad, mark);
				return new Placed(plate, ink.getHeight());
			}
		}
		throw new UnmarkableImage("No edge or corner of the " + image.getWidth() + "x" + image.getHeight()
				+ " image has room for the AI-generated mark clear of the product and the price");
	}

	/**
	 * Where the mark went.
	 *
	 * @param plate the plate, in pixels
	 * @param inkHeight the drawn height of the wording, in pixels
	 */
	record Placed(Rectangle plate, double inkHeight) {
	}

	private static void paint(BufferedImage image, GlyphVector glyphs, Rectangle2D ink, Rectangle plate, int pad,
			ImageMark mark) {
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(colour(mark.background()));
			double arc = plate.height * 0.4;
			graphics.fill(new RoundRectangle2D.Double(plate.x, plate.y, plate.width, plate.height, arc, arc));
			graphics.setColor(colour(mark.colour()));
			graphics.drawGlyphVector(glyphs, (float) (plate.x + pad - ink.getX()),
					(float) (plate.y + pad - ink.getY()));
		}
		finally {
			graphics.dispose();
		}
	}

	private static List<Rectangle> candidates(int width, int height, int w, int h, int margin, Corner first) {
		List<Rectangle> places = new ArrayList<>();
		Corner[] corners = Corner.values();
		for (int i = 0; i < corners.length; i++) {
			Corner corner = corners[(first.ordinal() + i) % corners.length];
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
