package io.aigcfactory.inspection.quality;

import java.awt.image.BufferedImage;

import io.aigcfactory.trust.watermark.Pixels;

/**
 * What the quality gate measures of an image.
 *
 * @param contrast the WCAG contrast ratio between the 5th and 95th percentiles of
 * relative luminance: how far apart text and background tones can be, from 1 to 21
 * @param sharpness the variance of the 4-neighbour Laplacian of the grey levels (0–255):
 * low for a blurred or empty image
 * @param blankShare the share of the cells of an 8×8 grid with no detail (grey-level
 * standard deviation under 1)
 */
public record ImageMeasures(double contrast, double sharpness, double blankShare) {

	private static final int GRID = 8;

	/** Each sRGB channel value in linear light, as WCAG defines relative luminance. */
	private static final double[] LINEAR = new double[256];

	static {
		for (int channel = 0; channel < LINEAR.length; channel++) {
			double c = channel / 255.0;
			LINEAR[channel] = (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
	}

	/** Measures an image. */
	public static ImageMeasures of(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] rgb = Pixels.argb(image);
		double[] grey = new double[rgb.length];
		double[] luminance = new double[rgb.length];
		for (int i = 0; i < rgb.length; i++) {
			int r = (rgb[i] >> 16) & 0xff;
			int g = (rgb[i] >> 8) & 0xff;
			int b = rgb[i] & 0xff;
			grey[i] = 0.299 * r + 0.587 * g + 0.114 * b;
			luminance[i] = 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[b];
		}
		return new ImageMeasures(contrast(luminance), laplacianVariance(grey, width, height),
				blankShare(grey, width, height));
	}

	/**
	 * The ratio of the 95th to the 5th percentile of luminance (each plus 0.05): the two
	 * order statistics found by selection rather than by sorting every pixel.
	 */
	private static double contrast(double[] luminance) {
		double[] values = luminance.clone();
		int darkRank = (int) (0.05 * (values.length - 1));
		int lightRank = (int) (0.95 * (values.length - 1));
		double dark = select(values, 0, values.length - 1, darkRank);
		double light = select(values, darkRank, values.length - 1, lightRank);
		return (light + 0.05) / (dark + 0.05);
	}

	/**
	 * The value of rank {@code k} in {@code values[from..to]} (the one a sort would put
	 * at {@code k}), found by quickselect with a median-of-three pivot; afterwards
	 * nothing before {@code k} is larger and nothing after it smaller.
	 */
	static double select(double[] values, int from, int to, int k) {
		int low = from;
		int high = to;
		while (low < high) {
			int middle = (low + high) >>> 1;
			double pivot = median(values[low], values[middle], values[high]);
			int i = low;
			int j = high;
			while (i <= j) {
				while (values[i] < pivot) {
					i++;
				}
				while (values[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double swap = values[i];
					values[i] = values[j];
					values[j] = swap;
					i++;
					j--;
				}
			}
			if (k <= j) {
				high = j;
			}
			else if (k >= i) {
				low = i;
			}
			else {
				return values[k];
			}
		}
		return values[k];
	}

	private static double median(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}

	private static double laplacianVariance(double[] grey, int width, int height) {
		if (width < 3 || height < 3) {
			return 0;
		}
		double sum = 0;
		double squares = 0;
		long count = 0;
		for (int y = 1; y < height - 1; y++) {
			for (int x = 1; x < width - 1; x++) {
				int i = y * width + x;
				double laplacian = grey[i - 1] + grey[i + 1] + grey[i - width] + grey[i + width] - 4 * grey[i];
				sum += laplacian;
				squares += laplacian * laplacian;
				count++;
			}
		}
		double mean = sum / count;
		return squares / count - mean * mean;
	}

	private static double blankShare(double[] grey, int width, int height) {
		int blank = 0;
		int cells = 0;
		for (int row = 0; row < GRID; row++) {
			for (int column = 0; column < GRID; column++) {
				int x0 = column * width / GRID;
				int x1 = (column + 1) * width / GRID;
				int y0 = row * height / GRID;
				int y1 = (row + 1) * height / GRID;
				if (x1 <= x0 || y1 <= y0) {
					continue;
				}
				cells++;
				if (deviation(grey, width, x0, x1, y0, y1) < 1.0) {
					blank++;
				}
			}
		}
		return (cells == 0) ? 1.0 : (double) blank / cells;
	}

	private static double deviation(double[] grey, int width, int x0, int x1, int y0, int y1) {
		double sum = 0;
		double squares = 0;
		int count = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				double value = grey[y * width + x];
				sum += value;
				squares += value * value;
				count++;
			}
		}
		double mean = sum / count;
		return Math.sqrt(Math.max(0, squares / count - mean * mean));
	}

}
