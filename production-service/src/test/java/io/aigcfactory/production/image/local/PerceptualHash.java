package io.aigcfactory.production.image.local;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 64-bit DCT perceptual hash: the image shrunk to 32×32 grey, its lowest 8×8
 * frequencies (DC left out) compared with their median. Antialiasing and encoder noise
 * move a few bits; a changed layout moves many.
 */
final class PerceptualHash {

	private static final int SIDE = 32;

	private PerceptualHash() {
	}

	static long of(BufferedImage image) {
		double[][] grey = grey(image);
		double[] low = new double[64];
		for (int u = 0; u < 8; u++) {
			for (int v = 0; v < 8; v++) {
				low[u * 8 + v] = dct(grey, u, v);
			}
		}
		double[] sorted = Arrays.copyOfRange(low, 1, 64);
		Arrays.sort(sorted);
		double median = sorted[sorted.length / 2];
		long hash = 0;
		for (int i = 1; i < 64; i++) {
			if (low[i] > median) {
				hash |= 1L << i;
			}
		}
		return hash;
	}

	static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	private static double[][] grey(BufferedImage image) {
		BufferedImage small = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = small.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		graphics.drawImage(image, 0, 0, SIDE, SIDE, null);
		graphics.dispose();
		double[][] grey = new double[SIDE][SIDE];
		for (int y = 0; y < SIDE; y++) {
			for (int x = 0; x < SIDE; x++) {
				int rgb = small.getRGB(x, y);
				grey[y][x] = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
			}
		}
		return grey;
	}

	private static double dct(double[][] grey, int u, int v) {
		double sum = 0;
		for (int y = 0; y < SIDE; y++) {
			for (int x = 0; x < SIDE; x++) {
				sum += grey[y][x] * Math.cos((2 * x + 1) * u * Math.PI / (2 * SIDE))
						* Math.cos((2 * y + 1) * v * Math.PI / (2 * SIDE));
			}
		}
		return sum;
	}

}
