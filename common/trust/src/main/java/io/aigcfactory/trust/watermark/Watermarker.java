package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;

/**
 * Embeds a payload: adds the {@link WatermarkPattern} for its code word to the luminance
 * (the same amount to red, green and blue, so hue is untouched), stronger where the image
 * is busy and weaker where it is flat, scaled so that the mean squared change gives the
 * configured PSNR (measured over red, green and blue). The pattern is laid out from the
 * image's centre in canvas units, so the same payload lands in the same place at any
 * size.
 */
public final class Watermarker {

	private static final int MASK_RADIUS = 3;

	private static final double MAX_GAIN = 2;

	private static final double TOLERANCE = 1.05;

	/**
	 * More than any pixel's change: the amplitude is at most 8.1 (at 30 dB), the mask at
	 * most 4 once normalised, the gain at most 2.
	 */
	private static final int ROUNDING = 1 << 10;

	private final double amplitude;

	/** A watermarker aiming at this PSNR in dB (38 or more keeps it invisible). */
	public Watermarker(double targetPsnr) {
		if (targetPsnr < 30 || targetPsnr > 60) {
			throw new IllegalArgumentException("A target PSNR between 30 and 60 dB, not " + targetPsnr);
		}
		this.amplitude = 255.0 / Math.pow(10, targetPsnr / 20);
	}

	/** A watermarker aiming at 39 dB. */
	public Watermarker() {
		this(39);
	}

	/**
	 * A watermarker of a video's frames of this size carrying this payload, at this
	 * watermarker's strength.
	 */
	public FrameWatermarker frames(WatermarkPayload payload, int width, int height) {
		return new FrameWatermarker(this.amplitude, payload, width, height);
	}

	/**
	 * A copy of the image (RGB, alpha dropped) carrying the payload. Clipping at black
	 * and white takes away some of the change, so a second pass rescales the strength to
	 * reach the target PSNR as measured.
	 */
	public BufferedImage embed(BufferedImage image, WatermarkPayload payload) {
		int width = image.getWidth();
		int height = image.getHeight();
		byte[] signs = WatermarkPattern.instance().pixelSigns(WatermarkPattern.code(payload), width, height);
		int[] original = Pixels.argb(image);
		float[] mask = mask(Luma.of(original, width, height));
		int[] rgb = new int[original.length];
		double achieved = mark(original, signs, mask, this.amplitude, rgb);
		if (achieved > 0) {
			double target = this.amplitude * this.amplitude;
			double gain = Math.clamp(Math.sqrt(target / achieved), 1.0, MAX_GAIN);
			if (gain > 1.0) {
				int[] stronger = new int[original.length];
				if (mark(original, signs, mask, this.amplitude * gain, stronger) <= target * TOLERANCE) {
					rgb = stronger;
				}
			}
		}
		return Pixels.rgbImage(rgb, width, height);
	}

	/**
	 * Writes the pixels moved by the pattern: each pixel's change rounded once (its
	 * channels are whole numbers, so rounding each channel's sum gives the same) and
	 * added to its red, green and blue, clamped to 0..255.
	 * @return the mean squared change per colour channel, as {@link #meanSquare} gives it
	 */
	private static double mark(int[] original, byte[] signs, float[] mask, double amplitude, int[] rgb) {
		long sum = 0;
		float scale = (float) amplitude;
		for (int i = 0; i < original.length; i++) {
			// Rounded half up, as Math.round does: the change is within ±ROUNDING, so the
			// sum is positive and the cast takes its floor.
			int delta = (int) (scale * mask[i] * signs[i] + (ROUNDING + 0.5f)) - ROUNDING;
			int pixel = original[i];
			int red = (pixel >> 16) & 0xFF;
			int green = (pixel >> 8) & 0xFF;
			int blue = pixel & 0xFF;
			int r = Math.clamp(red + delta, 0, 255);
			int g = Math.clamp(green + delta, 0, 255);
			int b = Math.clamp(blue + delta, 0, 255);
			sum += (r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue);
			rgb[i] = (r << 16) | (g << 8) | b;
		}
		return sum / (3.0 * original.length);
	}

	/** The PSNR in dB between two images of one size, over red, green and blue. */
	public static double psnr(BufferedImage a, BufferedImage b) {
		int[] x = Pixels.argb(a);
		int[] y = Pixels.argb(b);
		return 10 * Math.log10(255.0 * 255.0 / meanSquare(x, y));
	}

	/** The mean squared difference per colour channel. */
	static double meanSquare(int[] a, int[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			for (int shift = 0; shift < 24; shift += 8) {
				int d = ((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF);
				sum += d * d;
			}
		}
		return sum / (3.0 * a.length);
	}

	/**
	 * Per pixel, how strongly to embed: 0.5 on flat areas up to 2 on busy ones, from the
	 * local contrast, normalised to a mean square of 1.
	 */
	private static float[] mask(Luma luma) {
		float[] detail = luma.highPassed(MASK_RADIUS).values();
		for (int i = 0; i < detail.length; i++) {
			detail[i] = Math.abs(detail[i]);
		}
		// The local activity, turned into the mask in place.
		float[] mask = new Luma(luma.width(), luma.height(), detail).blurred(MASK_RADIUS * 2).values();
		double mean = 0;
		for (float activity : mask) {
			mean += activity;
		}
		mean = Math.max(1e-3, mean / mask.length);
		double square = 0;
		for (int i = 0; i < mask.length; i++) {
			mask[i] = (float) Math.clamp(0.5 + 0.5 * mask[i] / mean, 0.5, 2.0);
			square += mask[i] * mask[i];
		}
		float norm = (float) Math.sqrt(square / mask.length);
		for (int i = 0; i < mask.length; i++) {
			mask[i] /= norm;
		}
		return mask;
	}

}
