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
 * Frames of packed BGR bytes, as the video encoder takes them, are marked on their bytes
 * directly (about 4 ms for 720 × 1280 on one core).
 */
public final class FrameWatermarker {

	private static final int BLOCK = 8;

	/** The largest change of a pixel the look-up table holds, up or down. */
	private static final int SHIFTS = 128;

	/**
	 * For each change from −{@value #SHIFTS} to +{@value #SHIFTS}, a row of 256: each
	 * byte value changed by it and clamped to 0..255.
	 */
	private static final byte[] SHIFTED = new byte[(2 * SHIFTS + 1) << 8];

	static {
		for (int delta = -SHIFTS; delta <= SHIFTS; delta++) {
			for (int value = 0; value < 256; value++) {
				SHIFTED[((delta + SHIFTS) << 8) | value] = (byte) Math.clamp(value + delta, 0, 255);
			}
		}
	}

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
		// A block's strength is at most 4 times the amplitude: its mask is at most 2, the
		// frame's normalisation at least 0.5.
		if (amplitude * 4 > SHIFTS) {
			throw new IllegalArgumentException("An amplitude of at most " + SHIFTS / 4 + ", not " + amplitude);
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
			embed(((DataBufferByte) frame.getRaster().getDataBuffer()).getData());
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

	/**
	 * Marks a frame of packed BGR bytes in place: the blocks' statistics gathered
	 * straight from the bytes, and each block's change for a +1 and a −1 pattern cell
	 * rounded once, so that the per-pixel work is a table look-up and three clamped
	 * additions. The result is the same, byte for byte, as the general path's.
	 */
	private void embed(byte[] bgr) {
		int blocks = this.blocksPerRow * ((this.height + BLOCK - 1) / BLOCK);
		double[] sum = new double[blocks];
		double[] square = new double[blocks];
		for (int y = 0; y < this.height; y++) {
			int blockRow = (y / BLOCK) * this.blocksPerRow;
			for (int x0 = 0; x0 < this.width; x0 += BLOCK) {
				int block = blockRow + x0 / BLOCK;
				// The same additions in the same order as pixel by pixel into the arrays.
				double blockSum = sum[block];
				double blockSquare = square[block];
				int end = Math.min(this.width, x0 + BLOCK);
				for (int c = 3 * (y * this.width + x0), last = 3 * (y * this.width + end); c < last; c += 3) {
					float luma = 0.114f * (bgr[c] & 0xFF) + 0.587f * (bgr[c + 1] & 0xFF) + 0.299f * (bgr[c + 2] & 0xFF);
					blockSum += luma;
					blockSquare += luma * luma;
				}
				sum[block] = blockSum;
				square[block] = blockSquare;
			}
		}
		float[] strength = strength(sum, square);
		int[] raise = new int[blocks];
		int[] lower = new int[blocks];
		for (int b = 0; b < blocks; b++) {
			raise[b] = Math.round(strength[b]);
			lower[b] = Math.round(-strength[b]);
		}
		for (int y = 0; y < this.height; y++) {
			int blockRow = (y / BLOCK) * this.blocksPerRow;
			for (int x0 = 0; x0 < this.width; x0 += BLOCK) {
				int block = blockRow + x0 / BLOCK;
				int up = raise[block];
				int down = lower[block];
				int end = Math.min(this.width, x0 + BLOCK);
				for (int x = x0, i = y * this.width + x0; x < end; x++, i++) {
					int cell = this.sign[i];
					// up for +1, down for −1, 0 for 0, without a branch the pattern's
					// cells would keep mispredicting.
					int row = (((cell + 1) >> 1) * up + ((1 - cell) >> 1) * down + SHIFTS) << 8;
					int c = 3 * i;
					bgr[c] = SHIFTED[row | (bgr[c] & 0xFF)];
					bgr[c + 1] = SHIFTED[row | (bgr[c + 1] & 0xFF)];
					bgr[c + 2] = SHIFTED[row | (bgr[c + 2] & 0xFF)];
				}
			}
		}
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
		for (int y = 0; y < this.height; y++) {
			int blockRow = (y / BLOCK) * this.blocksPerRow;
			for (int x = 0, i = y * this.width; x < this.width; x++, i++) {
				int block = blockRow + x / BLOCK;
				sum[block] += luma[i];
				square[block] += luma[i] * luma[i];
			}
		}
		return strength(sum, square);
	}

	/**
	 * Per block, from the sums of its luminance and of its squares, the amplitude times
	 * its mask.
	 */
	private float[] strength(double[] sum, double[] square) {
		int blocks = sum.length;
		int rows = (this.height + BLOCK - 1) / BLOCK;
		double[] activity = new double[blocks];
		int[] count = new int[blocks];
		double mean = 0;
		for (int b = 0; b < blocks; b++) {
			count[b] = pixels(b, rows);
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
		double norm = Math.sqrt(meanSquare / ((double) this.width * this.height));
		float[] strength = new float[blocks];
		for (int b = 0; b < blocks; b++) {
			strength[b] = (float) (this.amplitude * activity[b] / norm);
		}
		return strength;
	}

	/** How many pixels a block holds: fewer in the last column and row of blocks. */
	private int pixels(int block, int rows) {
		int column = block % this.blocksPerRow;
		int row = block / this.blocksPerRow;
		int across = (column < this.blocksPerRow - 1) ? BLOCK : this.width - column * BLOCK;
		int down = (row < rows - 1) ? BLOCK : this.height - row * BLOCK;
		return across * down;
	}

}
