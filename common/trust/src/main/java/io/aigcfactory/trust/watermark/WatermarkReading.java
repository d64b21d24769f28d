package io.aigcfactory.trust.watermark;

import org.jspecify.annotations.Nullable;

/**
 * What the reader found in an image.
 *
 * @param payload the payload, only when the code word's CRC-32 matches; {@code null} on
 * an unmarked image
 * @param confidence the probability, from each bit's soft margin, that no bit of the code
 * word was read wrong (0-1); 0 without a payload
 * @param sync how far the sync template's correlation peak stands above the rest, in
 * standard deviations (an unmarked image gives about 4-5)
 * @param scale the tile scale the reader settled on (1 for the image as marked or
 * resized; below 1 after a crop)
 * @param bits the 64 payload bits as read, whether or not they check (for measuring bit
 * accuracy)
 */
public record WatermarkReading(@Nullable WatermarkPayload payload, double confidence, double sync, double scale,
		long bits) {

	/** Whether a payload was found. */
	public boolean found() {
		return this.payload != null;
	}

	/** The share of the 64 payload bits read as the expected payload has them. */
	public double bitAccuracy(WatermarkPayload expected) {
		return (64 - Long.bitCount(this.bits ^ expected.bits())) / 64.0;
	}

}
