package io.aigcfactory.inspection.originality;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 64-bit perceptual hash (DCT pHash): the image is reduced to 32×32 grey levels, the
 * lowest 8×8 frequencies of its discrete cosine transform are kept, and each bit says
 * whether a frequency lies above their median. Visually near-identical images differ in
 * few bits, whatever their format, size or compression; the Hamming distance measures it.
 */
public final class ImageHash {

	private static final int SIZE = 32;

	private static final int KEEP = 8;

	/** Bits per chunk when an index looks hashes up by exact chunks. */
	public static final int CHUNK_BITS = 8;

	/** Chunks per hash: a pair within {@code CHUNKS - 1} bits agrees on one chunk. */
	public static final int CHUNKS = Long.SIZE / CHUNK_BITS;

	private static final double[][] COSINES = cosines();

	private ImageHash() {
	}

	/** The hash of an image. */
	public static long of(BufferedImage image) {
		double[][] grey = grey(image);
		double[][] dct = new double[KEEP][KEEP];
		for (int u = 0; u < KEEP; u++) {
			for (int v = 0; v < KEEP; v++) {
				double sum = 0;
				for (int x = 0; x < SIZE; x++) {
					double row = 0;
					for (int y = 0; y < SIZE; y++) {
						row += grey[x][y] * COSINES[v][y];
					}
					sum += row * COSINES[u][x];
				}
				dct[u][v] = sum;
			}
		}
		double[] coefficients = new double[KEEP * KEEP];
		for (int u = 0; u < KEEP; u++) {
			System.arraycopy(dct[u], 0, coefficients, u * KEEP, KEEP);
		}
		// The DC term says only how bright the image is overall: it takes no part in the
		// median.
		double[] ac = Arrays.copyOfRange(coefficients, 1, coefficients.length);
		Arrays.sort(ac);
		double median = (ac[ac.length / 2 - 1] + ac[ac.length / 2]) / 2;
		long hash = 0;
		for (int i = 0; i < coefficients.length; i++) {
			if (coefficients[i] > median) {
				hash |= 1L << i;
			}
		}
		return hash;
	}

	/** Bits in which two hashes differ. */
	public static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	/** The hash's chunks as keys naming their position, for exact lookups. */
	public static String[] chunkKeys(long hash) {
		String[] keys = new String[CHUNKS];
		for (int chunk = 0; chunk < CHUNKS; chunk++) {
			keys[chunk] = chunk + ":" + ((hash >>> (chunk * CHUNK_BITS)) & ((1 << CHUNK_BITS) - 1));
		}
		return keys;
	}

	private static double[][] grey(BufferedImage image) {
		BufferedImage small = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = small.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image.getScaledInstance(SIZE, SIZE, Image.SCALE_AREA_AVERAGING), 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		double[][] grey = new double[SIZE][SIZE];
		for (int x = 0; x < SIZE; x++) {
			for (int y = 0; y < SIZE; y++) {
				int rgb = small.getRGB(x, y);
				grey[x][y] = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
			}
		}
		return grey;
	}

	private static double[][] cosines() {
		double[][] cosines = new double[KEEP][SIZE];
		for (int u = 0; u < KEEP; u++) {
			for (int x = 0; x < SIZE; x++) {
				cosines[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2.0 * SIZE));
			}
		}
		return cosines;
	}

}
