package io.aigcfactory.production.image.local;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a photo as large as fits in a box, keeping its aspect ratio, centred across and
 * standing on the box's bottom edge. A large photo is halved step by step first, since
 * one bicubic step from far larger drops detail unevenly.
 */
final class PhotoFit {

	private PhotoFit() {
	}

	static void draw(Graphics2D graphics, BufferedImage photo, Rectangle2D box) {
		double scale = Math.min(box.getWidth() / photo.getWidth(), box.getHeight() / photo.getHeight());
		int width = Math.max(1, (int) Math.round(photo.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(photo.getHeight() * scale));
		BufferedImage source = photo;
		while (source.getWidth() >= 2 * width && source.getHeight() >= 2 * height) {
			source = half(source);
		}
		int x = (int) Math.round(box.getCenterX() - width / 2.0);
		int y = (int) Math.round(box.getMaxY() - height);
		Object interpolation = graphics.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.drawImage(source, x, y, width, height, null);
		if (interpolation != null) {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
		}
	}

	private static BufferedImage half(BufferedImage image) {
		BufferedImage half = new BufferedImage(Math.max(1, image.getWidth() / 2), Math.max(1, image.getHeight() / 2),
				BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = half.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
		graphics.dispose();
		return half;
	}

}
