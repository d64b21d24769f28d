package io.aigcfactory.production.image;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Prepares a product photo to stand on the layout's stage. A photo with transparency
 * keeps it. A photo on a near-uniform background is cut out: the background is
 * flood-filled from the border within a colour tolerance and made transparent, with a
 * feathered edge. Any other photo is framed: rounded corners, a thin white border and a
 * soft shadow. Large photos are first scaled down to {@value #MAX_SIDE} pixels on their
 * longer side.
 */
public final class PhotoCutout {

	static final int MAX_SIDE = 1024;

	/**
	 * Largest per-channel difference from the background colour still counted as
	 * background.
	 */
	private static final int TOLERANCE = 28;

	/** Share of border pixels that must match the background colour for a cut-out. */
	private static final double UNIFORM_BORDER = 0.9;

	private PhotoCutout() {
	}

	/** The photo prepared for the stage, and how it was prepared. */
	public static Prepared prepare(BufferedImage photo) {
		BufferedImage image = argb(photo);
		if (hasTransparency(image)) {
			return new Prepared(trim(image), Treatment.KEPT_ALPHA);
		}
		int background = borderColour(image);
		if (background != -1) {
			return new Prepared(cutOut(image, background), Treatment.CUT_OUT);
		}
		return new Prepared(frame(image), Treatment.FRAMED);
	}

	private static BufferedImage argb(BufferedImage photo) {
		double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(photo.getWidth(), photo.getHeight()));
		int width = Math.max(1, (int) Math.round(photo.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(photo.getHeight() * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(photo, 0, 0, width, height, null);
		graphics.dispose();
		return image;
	}

	private static boolean hasTransparency(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		int transparent = 0;
		for (int pixel : pixels) {
			if ((pixel >>> 24) < 250) {
				transparent++;
			}
		}
		return transparent > pixels.length / 100;
	}

	/**
	 * The colour most of the border shares, or -1 when the border is not near-uniform.
	 */
	private static int borderColour(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] border = new int[2 * width + 2 * height];
		int n = 0;
		for (int x = 0; x < width; x++) {
			border[n++] = image.getRGB(x, 0);
			border[n++] = image.getRGB(x, height - 1);
		}
		for (int y = 0; y < height; y++) {
			border[n++] = image.getRGB(0, y);
			border[n++] = image.getRGB(width - 1, y);
		}
		int[] r = new int[n];
		int[] g = new int[n];
		int[] b = new int[n];
		for (int i = 0; i < n; i++) {
			r[i] = (border[i] >> 16) & 0xFF;
			g[i] = (border[i] >> 8) & 0xFF;
			b[i] = border[i] & 0xFF;
		}
		int median = (median(r) << 16) | (median(g) << 8) | median(b);
		int near = 0;
		for (int i = 0; i < n; i++) {
			if (distance(border[i], median) <= TOLERANCE) {
				near++;
			}
		}
		return (near >= UNIFORM_BORDER * n) ? median : -1;
	}

	private static BufferedImage cutOut(BufferedImage image, int background) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		boolean[] outside = new boolean[pixels.length];
		int[] queue = new int[pixels.length];
		int head = 0;
		int tail = 0;
		for (int x = 0; x < width; x++) {
			tail = seed(pixels, outside, queue, tail, x, background);
			tail = seed(pixels, outside, queue, tail, (height - 1) * width + x, background);
		}
		for (int y = 0; y < height; y++) {
			tail = seed(pixels, outside, queue, tail, y * width, background);
			tail = seed(pixels, outside, queue, tail, y * width + width - 1, background);
		}
		while (head < tail) {
			int at = queue[head++];
			int x = at % width;
			int y = at / width;
			if (x > 0) {
				tail = seed(pixels, outside, queue, tail, at - 1, background);
			}
			if (x < width - 1) {
				tail = seed(pixels, outside, queue, tail, at + 1, background);
			}
			if (y > 0) {
				tail = seed(pixels, outside, queue, tail, at - width, background);
			}
			if (y < height - 1) {
				tail = seed(pixels, outside, queue, tail, at + width, background);
			}
		}
		int[] alpha = feather(outside, width, height, Math.max(1, Math.max(width, height) / 400));
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = (alpha[i] << 24) | (pixels[i] & 0xFFFFFF);
		}
		BufferedImage cut = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		cut.setRGB(0, 0, width, height, pixels, 0, width);
		BufferedImage trimmed = trim(cut);
		return (trimmed == cut) ? frame(image) : trimmed;
	}

	/**
	 * The image cropped to its visible pixels, so the product, not its empty margin,
	 * fills the stage; the image itself when nothing in it is visible.
	 */
	private static BufferedImage trim(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		int minX = width;
		int minY = height;
		int maxX = -1;
		int maxY = -1;
		for (int i = 0; i < pixels.length; i++) {
			if ((pixels[i] >>> 24) > 8) {
				minX = Math.min(minX, i % width);
				maxX = Math.max(maxX, i % width);
				minY = Math.min(minY, i / width);
				maxY = Math.max(maxY, i / width);
			}
		}
		if (maxX < 0) {
			return image;
		}
		return image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1);
	}

	private static int seed(int[] pixels, boolean[] outside, int[] queue, int tail, int at, int background) {
		if (!outside[at] && distance(pixels[at], background) <= TOLERANCE) {
			outside[at] = true;
			queue[tail++] = at;
		}
		return tail;
	}

	/**
	 * Alpha from the background mask, softened by a box blur so the edge fades over a
	 * couple of pixels instead of stepping.
	 */
	private static int[] feather(boolean[] outside, int width, int height, int radius) {
		int[] mask = new int[outside.length];
		for (int i = 0; i < mask.length; i++) {
			mask[i] = outside[i] ? 0 : 255;
		}
		int[] horizontal = new int[mask.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int sum = 0;
				int count = 0;
				for (int dx = -radius; dx <= radius; dx++) {
					int xx = Math.min(width - 1, Math.max(0, x + dx));
					sum += mask[y * width + xx];
					count++;
				}
				horizontal[y * width + x] = sum / count;
			}
		}
		int[] alpha = new int[mask.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int sum = 0;
				int count = 0;
				for (int dy = -radius; dy <= radius; dy++) {
					int yy = Math.min(height - 1, Math.max(0, y + dy));
					sum += horizontal[yy * width + x];
					count++;
				}
				// Background stays fully clear; only the product's rim is softened.
				alpha[y * width + x] = outside[y * width + x] ? 0 : sum / count;
			}
		}
		return alpha;
	}

	private static BufferedImage frame(BufferedImage image) {
		int side = Math.max(image.getWidth(), image.getHeight());
		int border = Math.max(2, side / 80);
		int shadow = Math.max(3, side / 40);
		int width = image.getWidth() + 2 * border;
		int height = image.getHeight() + 2 * border;
		float arc = side * 0.08f;
		BufferedImage framed = new BufferedImage(width + 2 * shadow, height + 2 * shadow, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = framed.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		// A soft shadow from a few growing, faint copies of the frame: cheaper than a
		// blur.
		for (int step = 6; step >= 1; step--) {
			float layer = shadow * step / 6f;
			graphics.setColor(new Color(0, 0, 0, 7));
			graphics.fill(new RoundRectangle2D.Float(shadow - layer * 0.6f, shadow - layer * 0.3f + shadow * 0.5f,
					width + layer * 1.2f, height + layer * 0.6f, arc + layer, arc + layer));
		}
		graphics.setColor(Color.WHITE);
		graphics.fill(new RoundRectangle2D.Float(shadow, shadow, width, height, arc, arc));
		BufferedImage inner = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D clip = inner.createGraphics();
		clip.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		clip.setColor(Color.WHITE);
		float innerArc = Math.max(0, arc - 2 * border);
		clip.fill(new RoundRectangle2D.Float(0, 0, image.getWidth(), image.getHeight(), innerArc, innerArc));
		clip.setComposite(AlphaComposite.SrcIn);
		clip.drawImage(image, 0, 0, null);
		clip.dispose();
		graphics.drawImage(inner, shadow + border, shadow + border, null);
		graphics.dispose();
		return framed;
	}

	private static int median(int[] values) {
		int[] counts = new int[256];
		for (int value : values) {
			counts[value]++;
		}
		int seen = 0;
		for (int v = 0; v < 256; v++) {
			seen += counts[v];
			if (seen * 2 >= values.length) {
				return v;
			}
		}
		return 255;
	}

	private static int distance(int a, int b) {
		int dr = Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF));
		int dg = Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF));
		int db = Math.abs((a & 0xFF) - (b & 0xFF));
		return Math.max(dr, Math.max(dg, db));
	}

	/** How a photo was prepared. */
	public enum Treatment {

		/** It had transparency of its own, kept as it was. */
		KEPT_ALPHA,
		/** Its near-uniform background was made transparent. */
		CUT_OUT,
		/** It was framed as a whole. */
		FRAMED

	}

	/**
	 * A photo ready for the stage.
	 *
	 * @param image the prepared photo, with alpha
	 * @param treatment how it was prepared
	 */
	public record Prepared(BufferedImage image, Treatment treatment) {

	}

}
