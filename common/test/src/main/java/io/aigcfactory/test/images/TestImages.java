package io.aigcfactory.test.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

/**
 * Images to mark: the sample product photos, and poster-like layouts drawn from a seed.
 */
public final class TestImages {

	private TestImages() {
	}

	/** A sample photo from {@code samples/photos}, drawn onto an 800 × 800 canvas. */
	public static BufferedImage photo(Path samples, String name) {
		try {
			BufferedImage photo = ImageIO.read(samples.resolve(name).toFile());
			BufferedImage canvas = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = canvas.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(photo, 0, 0, 800, 800, null);
			graphics.dispose();
			return canvas;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A poster like the factory's main images: a gradient backdrop, a header band, a
	 * round stage with a product-like shape, a headline and a price band, colours from
	 * the seed.
	 */
	public static BufferedImage layout(long seed, int width, int height) {
		SplittableRandom random = new SplittableRandom(seed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		Color a = colour(random);
		Color b = colour(random);
		g.setPaint(new GradientPaint(0, 0, a, width, height, b));
		g.fillRect(0, 0, width, height);
		g.setColor(colour(random).darker());
		g.fillRect(0, 0, width, height / 10);
		g.setColor(new Color(255, 255, 255, 160));
		int stage = Math.min(width, height) / 2;
		g.fillOval(width / 2 - stage / 2, height / 3, stage, stage);
		g.setColor(colour(random));
		g.fillRoundRect(width / 2 - stage / 4, height / 3 + stage / 6, stage / 2, stage * 2 / 3, 40, 40);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(4));
		g.drawRoundRect(width / 2 - stage / 4, height / 3 + stage / 6, stage / 2, stage * 2 / 3, 40, 40);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 14)));
		g.drawString("Thermos 500ml " + random.nextInt(1000), width / 12, height / 4);
		g.setColor(colour(random).darker());
		g.fillRect(0, height * 7 / 8, width, height / 8);
		g.setColor(Color.YELLOW);
		g.drawString("¥" + (10 + random.nextInt(990)) + ".90", width / 12, height - height / 30);
		g.dispose();
		return image;
	}

	private static Color colour(SplittableRandom random) {
		return new Color(random.nextInt(40, 230), random.nextInt(40, 230), random.nextInt(40, 230));
	}

}
