package io.aigcfactory.production.image.local;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

import org.jspecify.annotations.Nullable;

/**
 * The brand's logo, drawn small on the header's mark in the top-left corner, on a plain
 * card in place of the brand's initial: away from the stage and the price, and scaled to
 * fit the mark whole, keeping its proportions.
 */
final class LogoMark {

	/** The card's margin around the logo, as a share of the mark's side. */
	private static final double PADDING = 0.1;

	private LogoMark() {
	}

	/** Where a logo goes in a layout, in whole pixels, or {@code null} without a logo. */
	static @Nullable Rectangle box(Layout layout, @Nullable BufferedImage logo) {
		if (logo == null) {
			return null;
		}
		Rectangle2D mark = layout.header().mark();
		double room = mark.getWidth() * (1 - 2 * PADDING);
		double scale = room / Math.max(logo.getWidth(), logo.getHeight());
		int width = Math.max(1, (int) Math.round(logo.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(logo.getHeight() * scale));
		int x = (int) Math.round(mark.getCenterX() - width / 2.0);
		int y = (int) Math.round(mark.getCenterY() - height / 2.0);
		return new Rectangle(x, y, width, height);
	}

	/** Covers the mark with a card in the surface colour and draws the logo on it. */
	static void paint(Graphics2D graphics, Layout layout, Palette palette, @Nullable BufferedImage logo) {
		Rectangle box = box(layout, logo);
		if (logo == null || box == null) {
			return;
		}
		Rectangle2D mark = layout.header().mark();
		double arc = mark.getHeight() * 0.3;
		graphics.setColor(palette.surface());
		graphics
			.fill(new RoundRectangle2D.Double(mark.getX(), mark.getY(), mark.getWidth(), mark.getHeight(), arc, arc));
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(logo, box.x, box.y, box.width, box.height, null);
	}

}
