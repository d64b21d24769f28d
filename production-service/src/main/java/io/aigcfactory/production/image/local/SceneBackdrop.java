package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A generated scene laid over the whole canvas: scaled to cover it and centred, so that
 * the scene's middle survives every aspect ratio and nothing is stretched.
 */
final class SceneBackdrop {

	/** Samples per side when averaging the scene under a box. */
	private static final int SAMPLES = 16;

	private final BufferedImage scene;

	private final double scale;

	private final double offsetX;

	private final double offsetY;

	private SceneBackdrop(BufferedImage scene, double scale, double offsetX, double offsetY) {
		this.scene = scene;
		this.scale = scale;
		this.offsetX = offsetX;
		this.offsetY = offsetY;
	}

	static SceneBackdrop cover(BufferedImage scene, Rectangle2D canvas) {
		double scale = Math.max(canvas.getWidth() / scene.getWidth(), canvas.getHeight() / scene.getHeight());
		return new SceneBackdrop(scene, scale, canvas.getX() + (canvas.getWidth() - scene.getWidth() * scale) / 2,
				canvas.getY() + (canvas.getHeight() - scene.getHeight() * scale) / 2);
	}

	void paint(Graphics2D graphics) {
		Object interpolation = graphics.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		AffineTransform placement = new AffineTransform(this.scale, 0, 0, this.scale, this.offsetX, this.offsetY);
		graphics.drawImage(this.scene, placement, null);
		if (interpolation != null) {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
		}
	}

	/** The scene's pixel under a point of the canvas. */
	int rgbAt(double x, double y) {
		int sx = (int) Math.clamp(Math.floor((x - this.offsetX) / this.scale), 0, this.scene.getWidth() - 1);
		int sy = (int) Math.clamp(Math.floor((y - this.offsetY) / this.scale), 0, this.scene.getHeight() - 1);
		return this.scene.getRGB(sx, sy) & 0xFFFFFF;
	}

	/** The scene's mean colour under a box of the canvas. */
	Color meanUnder(Rectangle2D box) {
		long red = 0;
		long green = 0;
		long blue = 0;
		for (int j = 0; j < SAMPLES; j++) {
			for (int i = 0; i < SAMPLES; i++) {
				int rgb = rgbAt(box.getX() + (i + 0.5) * box.getWidth() / SAMPLES,
						box.getY() + (j + 0.5) * box.getHeight() / SAMPLES);
				red += (rgb >> 16) & 0xFF;
				green += (rgb >> 8) & 0xFF;
				blue += rgb & 0xFF;
			}
		}
		int count = SAMPLES * SAMPLES;
		return new Color((int) (red / count), (int) (green / count), (int) (blue / count));
	}

}
