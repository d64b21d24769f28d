package io.aigcfactory.trust.watermark;

/**
 * An in-place radix-2 complex FFT over square power-of-two grids, for circular
 * correlation.
 */
final class Fft {

	private Fft() {
	}

	/** Transforms an n × n grid (row-major real and imaginary parts) in place. */
	static void transform2d(double[] re, double[] im, int n, boolean inverse) {
		double[] rowRe = new double[n];
		double[] rowIm = new double[n];
		for (int pass = 0; pass < 2; pass++) {
			for (int line = 0; line < n; line++) {
				for (int i = 0; i < n; i++) {
					int at = (pass == 0) ? line * n + i : i * n + line;
					rowRe[i] = re[at];
					rowIm[i] = im[at];
				}
				transform(rowRe, rowIm, inverse);
				for (int i = 0; i < n; i++) {
					int at = (pass == 0) ? line * n + i : i * n + line;
					re[at] = rowRe[i];
					im[at] = rowIm[i];
				}
			}
		}
		if (inverse) {
			double scale = 1.0 / ((double) n * n);
			for (int i = 0; i < re.length; i++) {
				re[i] *= scale;
				im[i] *= scale;
			}
		}
	}

	static void transform(double[] re, double[] im, boolean inverse) {
		int n = re.length;
		for (int i = 1, j = 0; i < n; i++) {
			int bit = n >> 1;
			for (; (j & bit) != 0; bit >>= 1) {
				j ^= bit;
			}
			j ^= bit;
			if (i < j) {
				double t = re[i];
				re[i] = re[j];
				re[j] = t;
				t = im[i];
				im[i] = im[j];
				im[j] = t;
			}
		}
		for (int length = 2; length <= n; length <<= 1) {
			double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
			double stepRe = Math.cos(angle);
			double stepIm = Math.sin(angle);
			for (int start = 0; start < n; start += length) {
				double wRe = 1;
				double wIm = 0;
				for (int k = 0; k < length / 2; k++) {
					int a = start + k;
					int b = a + length / 2;
					double xRe = re[b] * wRe - im[b] * wIm;
					double xIm = re[b] * wIm + im[b] * wRe;
					re[b] = re[a] - xRe;
					im[b] = im[a] - xIm;
					re[a] += xRe;
					im[a] += xIm;
					double nextRe = wRe * stepRe - wIm * stepIm;
					wIm = wRe * stepIm + wIm * stepRe;
					wRe = nextRe;
				}
			}
		}
	}

}
