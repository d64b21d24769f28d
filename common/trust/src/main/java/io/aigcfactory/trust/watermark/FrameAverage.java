package io.aigcfactory.trust.watermark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The mean luminance of a video's frames, for
 * {@link WatermarkDetector#read(FrameAverage)}: a soft vote of the frames, pixel by
 * pixel, before any bit is decided. The watermark stands still in every frame and adds
 * up; the pictures move, pan and fade, and their detail averages out, so a mark too weak
 * to read in any single re-encoded frame is read from their mean.
 */
public final class FrameAverage {

	private final int width;

	private final int height;

	private final double[] sum;

	private int count;

	/** An empty average of frames of this size. */
	public FrameAverage(int width, int height) {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("A frame of at least one pixel, not " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
		this.sum = new double[width * height];
	}

	/**
	 * Adds a frame.
	 * @throws IllegalArgumentException when it has another size
	 */
	public void add(BufferedImage frame) {
		if (frame.getWidth() != this.width || frame.getHeight() != this.height) {
			throw new IllegalArgumentException("A " + this.width + "x" + this.height + " frame, not " + frame.getWidth()
					+ "x" + frame.getHeight());
		}
		if (frame.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
			for (int i = 0; i < this.sum.length; i++) {
				this.sum[i] += 0.114 * (bgr[3 * i] & 0xFF) + 0.587 * (bgr[3 * i + 1] & 0xFF)
						+ 0.299 * (bgr[3 * i + 2] & 0xFF);
			}
		}
		else {
			float[] values = Luma.of(frame).values();
			for (int i = 0; i < this.sum.length; i++) {
				this.sum[i] += values[i];
			}
		}
		this.count++;
	}

	/** How many frames were added. */
	public int count() {
		return this.count;
	}

	Luma luma() {
		if (this.count == 0) {
			throw new IllegalStateException("No frame was added");
		}
		float[] values = new float[this.sum.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = (float) (this.sum[i] / this.count);
		}
		return new Luma(this.width, this.height, values);
	}

}
