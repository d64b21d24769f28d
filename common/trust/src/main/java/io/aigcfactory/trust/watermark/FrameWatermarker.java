package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Embeds one payload into every frame of a video, in place: the {@link WatermarkPattern}
 * for its code word laid out once for the frame size (from the centre, in canvas units,
 * as {@link Watermarker} lays it out on an image), then added to each frame's luminance
 * at the watermarker's strength. The pattern stands still from frame to frame, so a
 * reader that averages frames adds it up while the moving content blurs away, and an
 * H.264 encoder carries it in skipped blocks of still areas. The strength follows each
 * frame's contrast, measured per block of {@value #BLOCK} × {@value #BLOCK} pixels (0.5
 * on flat blocks up to 2 on busy ones, normalised to a mean square of 1), one pass per
 * frame instead of the image watermarker's two, so that marking keeps up with encoding.
 */
public final class FrameWatermarker {

	private static final int BLOCK = 8;

	private final int width;

	private final int height;

	private final int blocksPerRow;

	private final double amplitude;

	/** Per pixel, the ±1 of its pattern cell. */
	private final byte[] sign;

	FrameWatermarker(double amplitude, WatermarkPayload payload, int width, int height) {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("A frame of at least one pixel, not " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
		this.blocksPerRow = (width + BLOCK - 1) / BLOCK;
		this.amplitude = amplitude;
		this.sign = WatermarkPattern.instance().pixelSigns(WatermarkPattern.code(payload), width, height);
	}

	/**
	 * Marks a frame of this watermarker's size in place.
	 * @throws IllegalArgumentException when the frame has another size
	 */
	public void embed(BufferedImage frame) {
		if (frame.getWidth() != this.width || frame.getHeight() != this.height) {
			throw new IllegalArgumentException("A " + this.width + "x" + this.height + " frame, not " + frame.getWidth()
					+ "x" + frame.getHeight());
		}
		if (frame.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
			float[] luma = new float[this.width * this.height];
			for (int i = 0; i < luma.length; i++) {
				luma[i] = 0.114f * (bgr[3 * i] & 0xFF) + 0.587f * (bgr[3 * i + 1] & 0xFF)
						+ 0.299f * (bgr[3 * i + 2] & 0xFF);
			}
			float[] strength = strength(luma);
			for (int y = 0; y < this.height; y++) {
				int blockRow = (y / BLOCK) * this.blocksPerRow;
				for (int x = 0, i = y * this.width; x < this.width; x++, i++) {
					int delta = Math.round(strength[blockRow + x / BLOCK] * this.sign[i]);
					for (int c = 3 * i; c < 3 * i + 3; c++) {
						bgr[c] = (byte) Math.clamp((bgr[c] & 0xFF) + delta, 0, 255);
					}
				}
			}
			return;
		}
		int[] rgb = frame.getRGB(0, 0, this.width, this.height, null, 0, this.width);
		float[] strength = strength(Luma.of(frame).values());
		for (int i = 0; i < rgb.length; i++) {
			int delta = Math.round(strength[blockOf(i)] * this.sign[i]);
			int r = Math.clamp(((rgb[i] >> 16) & 0xFF) + delta, 0, 255);
			int g = Math.clamp(((rgb[i] >> 8) & 0xFF) + delta, 0, 255);
			int b = Math.clamp((rgb[i] & 0xFF) + delta, 0, 255);
			rgb[i] = (r << 16) | (g << 8) | b;
		}
		frame.setRGB(0, 0, this.width, this.height, rgb, 0, this.width);
	}

	private int blockOf(int pixel) {
		return ((pixel / this.width) / BLOCK) * this.blocksPerRow + (pixel % this.width) / BLOCK;
	}

	/**
	 * Per block, the amplitude times its mask: the block's standard deviation of
	 * luminance against the frame's mean one.
	 */
	private float[] strength(float[] luma) {
		int blocks = this.blocksPerRow * ((this.height + BLOCK - 1) / BLOCK);
		double[] sum = new double[blocks];
		double[] square = new double[blocks];
		int[] count = new int[blocks];
		for (int y = 0; y < this.height; y++) {
			int blockRow = (y / BLOCK) * this.blocksPerRow;
			for (int x = 0, i = y * this.width; x < this.width; x++, i++) {
				int block = blockRow + x / BLOCK;
				sum[block] += luma[i];
				square[block] += luma[i] * luma[i];
				count[block]++;
			}
		}
		double[] activity = new double[blocks];
		double mean = 0;
		for (int b = 0; b < blocks; b++) {
			double m = sum[b] / count[b];
			activity[b] = Math.sqrt(Math.max(0, square[b] / count[b] - m * m));
			mean += activity[b];
		}
		mean = Math.max(1e-3, mean / blocks);
		double meanSquare = 0;
		for (int b = 0; b < blocks; b++) {
			activity[b] = Math.clamp(0.5 + 0.5 * activity[b] / mean, 0.5, 2.0);
			meanSquare += activity[b] * activity[b] * count[b];
		}
		double norm = Math.sqrt(meanSquare / luma.length);
		float[] strength = new float[blocks];
		for (int b = 0; b < blocks; b++) {
			strength[b] = (float) (this.amplitude * activity[b] / norm);
		}
		return strength;
	}

}
