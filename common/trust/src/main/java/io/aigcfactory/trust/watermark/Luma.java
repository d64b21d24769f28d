package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;

/**
 * A luminance plane (BT.601 weights) as floats, and the resampling and high-pass
 * filtering the reader does on it.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param values row-major luminance, 0-255
 */
record Luma(int width, int height, float[] values) {

	static Luma of(BufferedImage image) {
		return of(Pixels.argb(image), image.getWidth(), image.getHeight());
	}

	/** The luminance of packed RGB pixels, row-major. */
	static Luma of(int[] rgb, int width, int height) {
		float[] values = new float[width * height];
		for (int i = 0; i < rgb.length; i++) {
			int p = rgb[i];
			values[i] = 0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF);
		}
		return new Luma(width, height, values);
	}

	/**
	 * This plane resampled to a size with a tent filter as wide as the scale (area-like
	 * when shrinking).
	 */
	Luma resized(int toWidth, int toHeight) {
		float[] rows = new float[toWidth * this.height];
		Kernel horizontal = Kernel.of(this.width, toWidth);
		for (int y = 0; y < this.height; y++) {
			horizontal.apply(this.values, y * this.width, 1, rows, y * toWidth, 1);
		}
		float[] out = new float[toWidth * toHeight];
		Kernel vertical = Kernel.of(this.height, toHeight);
		for (int x = 0; x < toWidth; x++) {
			vertical.apply(rows, x, toWidth, out, x, toWidth);
		}
		return new Luma(toWidth, toHeight, out);
	}

	/**
	 * Each value minus the mean of the (2r+1)² box around it: the image's coarse shapes
	 * removed.
	 */
	Luma highPassed(int radius) {
		float[] mean = blurred(radius).values;
		float[] out = new float[this.values.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = this.values[i] - mean[i];
		}
		return new Luma(this.width, this.height, out);
	}

	/**
	 * The mean of the (2r+1)² box around each value (clipped at the edges). The box is
	 * separable, so this is the mean along each row's window, then the mean of those down
	 * each column's window, each kept as a running sum: two passes over the plane and one
	 * plane of scratch whatever the radius.
	 */
	Luma blurred(int radius) {
		int w = this.width;
		int h = this.height;
		float[] rows = new float[w * h];
		for (int y = 0; y < h; y++) {
			int base = y * w;
			double sum = 0;
			for (int x = 0, end = Math.min(w, radius + 1); x < end; x++) {
				sum += this.values[base + x];
			}
			for (int x = 0; x < w; x++) {
				int count = Math.min(w, x + radius + 1) - Math.max(0, x - radius);
				rows[base + x] = (float) (sum / count);
				if (x + radius + 1 < w) {
					sum += this.values[base + x + radius + 1];
				}
				if (x - radius >= 0) {
					sum -= this.values[base + x - radius];
				}
			}
		}
		double[] columns = new double[w];
		for (int y = 0, end = Math.min(h, radius + 1); y < end; y++) {
			add(columns, rows, y * w, 1);
		}
		float[] out = new float[w * h];
		for (int y = 0; y < h; y++) {
			double count = Math.min(h, y + radius + 1) - Math.max(0, y - radius);
			for (int x = 0, base = y * w; x < w; x++) {
				out[base + x] = (float) (columns[x] / count);
			}
			if (y + radius + 1 < h) {
				add(columns, rows, (y + radius + 1) * w, 1);
			}
			if (y - radius >= 0) {
				add(columns, rows, (y - radius) * w, -1);
			}
		}
		return new Luma(w, h, out);
	}

	/** Adds (or with a sign of −1 subtracts) one row of a plane to per-column sums. */
	private static void add(double[] columns, float[] plane, int offset, int sign) {
		for (int x = 0; x < columns.length; x++) {
			columns[x] += sign * plane[offset + x];
		}
	}

	/** Tent-filter weights from one length to another. */
	private record Kernel(int[] first, float[][] weights) {

		static Kernel of(int from, int to) {
			double scale = (double) from / to;
			double radius = Math.max(1.0, scale);
			int[] first = new int[to];
			float[][] weights = new float[to][];
			for (int i = 0; i < to; i++) {
				double centre = (i + 0.5) * scale - 0.5;
				int lo = (int) Math.floor(centre - radius) + 1;
				int hi = (int) Math.ceil(centre + radius) - 1;
				lo = Math.max(lo, 0);
				hi = Math.min(hi, from - 1);
				float[] w = new float[Math.max(1, hi - lo + 1)];
				double total = 0;
				for (int j = lo; j <= hi; j++) {
					double weight = Math.max(0, 1 - Math.abs(j - centre) / radius);
					w[j - lo] = (float) weight;
					total += weight;
				}
				if (total == 0) {
					lo = Math.min(from - 1, Math.max(0, (int) Math.round(centre)));
					w = new float[] { 1 };
					total = 1;
				}
				for (int k = 0; k < w.length; k++) {
					w[k] /= (float) total;
				}
				first[i] = lo;
				weights[i] = w;
			}
			return new Kernel(first, weights);
		}

		void apply(float[] in, int inStart, int inStride, float[] out, int outStart, int outStride) {
			for (int i = 0; i < this.first.length; i++) {
				float[] w = this.weights[i];
				double sum = 0;
				int at = inStart + this.first[i] * inStride;
				for (int k = 0; k < w.length; k++) {
					sum += w[k] * in[at + k * inStride];
				}
				out[outStart + i * outStride] = (float) sum;
			}
		}

	}

}
