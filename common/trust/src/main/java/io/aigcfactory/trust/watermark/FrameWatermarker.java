package io.aigcfactory.trust.watermark;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Embeds one payload into every frame of a video, in place: the {@link WatermarkPattern}
 * for its code word laid out once for the frame size (from the centre, in canvas units,
 * as {@link Watermarker} lays it out on an image), then added to each frame's luminance
 * at the watermarker's strength. The pattern stands still from frame to frame, so a
 * reader that averages frames adds it up while the moving content blurs away, and an
 * H.264 encoder carries it in skipped blocks of still areas. The strength follows each
 * frame's contrast, measured per block of {@value #BLOCK} × {@value #BLOCK} pixels on
 * every other pixel of every other row (0.5 on flat blocks up to 2 on busy ones,
 * normalised to a mean square of 1), one pass per frame instead of the image
 * watermarker's two, so that marking keeps up with encoding. Frames are marked as packed
 * BGR bytes, as the video encoder takes them: the statistics in integers, and the bytes
 * changed eight at a time (about 3.3 ms for 720 × 1280 on one core of the build machine,
 * a third of a pixel-by-pixel pass over full-frame statistics). Frames of other layouts
 * are marked through a BGR copy, to the same result.
 */
public final class FrameWatermarker {

	private static final int BLOCK = 8;

	/**
	 * Statistics are gathered on every {@value #STEP}nd pixel of every {@value #STEP}nd
	 * row.
	 */
	private static final int STEP = 2;

	/** Luminance weights of blue, green and red, scaled by 256 (BT.601). */
	private static final int B = 29;

	private static final int G = 150;

	private static final int R = 77;

	/** The largest change of a pixel, up or down. */
	private static final int LIMIT = 127;

	/** Eight bytes of a byte array at a time, in the machine's order. */
	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

	private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

	private static final long TOP_BITS = 0x8080808080808080L;

	private final int width;

	private final int height;

	private final int blocksPerRow;

	private final int blockRows;

	private final double amplitude;

	/** Per byte of a BGR frame, 0xFF where its pixel's pattern cell is +1, else 0. */
	private final byte[] raise;

	/** Per byte of a BGR frame, 0xFF where its pixel's pattern cell is −1, else 0. */
	private final byte[] lower;

	/** How many pixels each block holds: fewer in the last column and row of blocks. */
	private final int[] pixels;

	/** How many pixels of each block the statistics read. */
	private final int[] sampled;

	FrameWatermarker(double amplitude, WatermarkPayload payload, int width, int height) {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("A frame of at least one pixel, not " + width + "x" + height);
		}
		// A block's strength is at most 4 times the amplitude: its mask is at most 2, the
		// frame's normalisation at least 0.5.
		if (amplitude * 4 > LIMIT) {
			throw new IllegalArgumentException("An amplitude of at most " + LIMIT / 4 + ", not " + amplitude);
		}
		this.width = width;
		this.height = height;
		this.blocksPerRow = (width + BLOCK - 1) / BLOCK;
		this.blockRows = (height + BLOCK - 1) / BLOCK;
		this.amplitude = amplitude;
		byte[] cells = WatermarkPattern.instance().pixelSigns(WatermarkPattern.code(payload), width, height);
		this.raise = new byte[3 * cells.length];
		this.lower = new byte[3 * cells.length];
		for (int i = 0; i < cells.length; i++) {
			byte[] mask = (cells[i] > 0) ? this.raise : (cells[i] < 0) ? this.lower : null;
			if (mask != null) {
				mask[3 * i] = (byte) 0xFF;
				mask[3 * i + 1] = (byte) 0xFF;
				mask[3 * i + 2] = (byte) 0xFF;
			}
		}
		this.pixels = new int[this.blocksPerRow * this.blockRows];
		this.sampled = new int[this.pixels.length];
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int block = (y / BLOCK) * this.blocksPerRow + x / BLOCK;
				this.pixels[block]++;
				if (y % STEP == 0 && x % STEP == 0) {
					this.sampled[block]++;
				}
			}
		}
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
		BufferedImage bgr = new BufferedImage(this.width, this.height, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = bgr.createGraphics();
		try {
			graphics.setComposite(AlphaComposite.Src);
			graphics.drawImage(frame, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		embed(((DataBufferByte) bgr.getRaster().getDataBuffer()).getData());
		frame.setRGB(0, 0, this.width, this.height, bgr.getRGB(0, 0, this.width, this.height, null, 0, this.width), 0,
				this.width);
	}

	/**
	 * Marks a frame of packed BGR bytes in place: each block's change rounded once and
	 * laid out along the bytes of its rows once per row of blocks; then every byte is
	 * moved by its pattern cell's sign times that change, clamped to 0..255, eight bytes
	 * at a time in a {@code long}: the change added with unsigned saturation where the
	 * sign is +1 and subtracted with it where the sign is −1.
	 */
	private void embed(byte[] bgr) {
		float[] strength = strength(bgr);
		int rowBytes = 3 * this.width;
		byte[] change = new byte[rowBytes];
		long[] packed = new long[rowBytes / Long.BYTES];
		for (int blockRow = 0; blockRow < this.blockRows; blockRow++) {
			for (int x = 0; x < this.width; x++) {
				byte step = (byte) Math.round(strength[blockRow * this.blocksPerRow + x / BLOCK]);
				change[3 * x] = step;
				change[3 * x + 1] = step;
				change[3 * x + 2] = step;
			}
			for (int k = 0; k < packed.length; k++) {
				packed[k] = (long) LONGS.get(change, k * Long.BYTES);
			}
			for (int y = blockRow * BLOCK, end = Math.min(this.height, y + BLOCK); y < end; y++) {
				shift(bgr, y * rowBytes, change, packed);
			}
		}
	}

	/** Moves one row's bytes by their signs times their changes, clamped to 0..255. */
	private void shift(byte[] bgr, int offset, byte[] change, long[] packed) {
		int whole = packed.length * Long.BYTES;
		for (int k = 0, at = offset; k < packed.length; k++, at += Long.BYTES) {
			long bytes = (long) LONGS.get(bgr, at);
			long up = (long) LONGS.get(this.raise, at) & packed[k];
			long down = (long) LONGS.get(this.lower, at) & packed[k];
			LONGS.set(bgr, at, ~saturatingAdd(~saturatingAdd(bytes, up), down));
		}
		for (int c = whole, last = 3 * this.width; c < last; c++) {
			int sign = (this.raise[offset + c] != 0) ? 1 : (this.lower[offset + c] != 0) ? -1 : 0;
			int value = (bgr[offset + c] & 0xFF) + sign * change[c];
			bgr[offset + c] = (byte) Math.min(255, Math.max(0, value));
		}
	}

	/**
	 * The eight unsigned bytes of {@code a} plus those of {@code b}, each sum held at
	 * 255: the low seven bits of each pair added without reaching the next byte, the top
	 * bits added in by exclusive or, and the bytes whose top bit carried out set to 255.
	 */
	static long saturatingAdd(long a, long b) {
		long low = (a & LOW_BITS) + (b & LOW_BITS);
		long sum = low ^ ((a ^ b) & TOP_BITS);
		long carried = ((a & b) | ((a ^ b) & low)) & TOP_BITS;
		return sum | ((carried >>> 7) * 0xFF);
	}

	/**
	 * Per block, the amplitude times its mask: the block's standard deviation of
	 * luminance against the frame's mean one, from the sampled pixels' sums.
	 */
	private float[] strength(byte[] bgr) {
		int blocks = this.pixels.length;
		long[] sum = new long[blocks];
		long[] square = new long[blocks];
		for (int y = 0; y < this.height; y += STEP) {
			int blockRow = (y / BLOCK) * this.blocksPerRow;
			for (int x0 = 0; x0 < this.width; x0 += BLOCK) {
				int block = blockRow + x0 / BLOCK;
				long blockSum = 0;
				long blockSquare = 0;
				int end = Math.min(this.width, x0 + BLOCK);
				for (int c = 3 * (y * this.width + x0), last = 3 * (y * this.width + end); c < last; c += 3 * STEP) {
					long luma = B * (bgr[c] & 0xFF) + G * (bgr[c + 1] & 0xFF) + R * (bgr[c + 2] & 0xFF);
					blockSum += luma;
					blockSquare += luma * luma;
				}
				sum[block] += blockSum;
				square[block] += blockSquare;
			}
		}
		double[] activity = new double[blocks];
		double mean = 0;
		for (int b = 0; b < blocks; b++) {
			double m = sum[b] / (double) this.sampled[b];
			activity[b] = Math.sqrt(Math.max(0, square[b] / (double) this.sampled[b] - m * m)) / 256;
			mean += activity[b];
		}
		mean = Math.max(1e-3, mean / blocks);
		double meanSquare = 0;
		for (int b = 0; b < blocks; b++) {
			activity[b] = Math.clamp(0.5 + 0.5 * activity[b] / mean, 0.5, 2.0);
			meanSquare += activity[b] * activity[b] * this.pixels[b];
		}
		double norm = Math.sqrt(meanSquare / ((double) this.width * this.height));
		float[] strength = new float[blocks];
		for (int b = 0; b < blocks; b++) {
			strength[b] = (float) (this.amplitude * activity[b] / norm);
		}
		return strength;
	}

}
