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
		int[] rgb = marked(original, signs, mask, this.amplitude);
		double achieved = meanSquare(original, rgb);
		if (achieved > 0) {
			double target = this.amplitude * this.amplitude;
			double gain = Math.clamp(Math.sqrt(target / achieved), 1.0, MAX_GAIN);
			if (gain > 1.0) {
				int[] stronger = marked(original, signs, mask, this.amplitude * gain);
				if (meanSquare(original, stronger) <= target * TOLERANCE) {
					rgb = stronger;
				}
			}
		}
		return Pixels.rgbImage(rgb, width, height);
	}

	/**
	 * The pixels moved by the pattern: each pixel's change rounded once (its channels are
	 * whole numbers, so rounding each channel's sum gives the same) and added to its red,
	 * green and blue, clamped to 0..255.
	 */
	private static int[] marked(int[] original, byte[] signs, float[] mask, double amplitude) {
		int[] rgb = new int[original.length];
		for (int i = 0; i < original.length; i++) {
			int delta = (int) Math.round(amplitude * mask[i] * signs[i]);
			int pixel = original[i];
			int r = Math.clamp(((pixel >> 16) & 0xFF) + delta, 0, 255);
			int g = Math.clamp(((pixel >> 8) & 0xFF) + delta, 0, 255);
			int b = Math.clamp((pixel & 0xFF) + delta, 0, 255);
			rgb[i] = (r << 16) | (g << 8) | b;
		}
		return rgb;
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
		float[] activity = new Luma(luma.width(), luma.height(), abs(detail)).blurred(MASK_RADIUS * 2).values();
		double mean = 0;
		for (float a : activity) {
			mean += a;
		}
		mean = Math.max(1e-3, mean / activity.length);
		float[] mask = new float[activity.length];
		double square = 0;
		for (int i = 0; i < mask.length; i++) {
			mask[i] = (float) Math.clamp(0.5 + 0.5 * activity[i] / mean, 0.5, 2.0);
			square += mask[i] * mask[i];
		}
		float norm = (float) Math.sqrt(square / mask.length);
		for (int i = 0; i < mask.length; i++) {
			mask[i] /= norm;
		}
		return mask;
	}

	private static float[] abs(float[] values) {
		float[] out = new float[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = Math.abs(values[i]);
		}
		return out;
	}

}
