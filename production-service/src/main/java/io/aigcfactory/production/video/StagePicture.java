package io.aigcfactory.production.video;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A picture as the video's frames show it: scaled and placed anew on every frame, by
 * bilinear interpolation written straight into the frame's packed BGR bytes and laid over
 * what the frame holds there, through the picture's own transparency and an opacity for
 * cross-fades. The picture's pixels are read once, as premultiplied ARGB; a frame's
 * columns and rows each get their two source pixels and weight once, and a pixel's four
 * channels are blended two at a time in one {@code int}. Java2D's general transform loop
 * (source to premultiplied ARGB, interpolation, then a masked blit) took three quarters
 * of a frame's drawing time.
 * <p>
 * Sampling follows Java2D's: a frame pixel's centre maps back into the picture, the four
 * nearest pixel centres are weighted by distance, and positions past the picture's edge
 * take its edge pixels.
 */
final class StagePicture {

	/** Four bytes of a byte array as an {@code int}, the first byte lowest. */
	private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

	/** Fractional weights in 1/256ths. */
	private static final int ONE = 256;

	private static final int RED_BLUE = 0x00FF00FF;

	private static final int ALPHA_GREEN = 0xFF00FF00;

	/** Rounds a lane of 16-bit products to its top byte. */
	private static final int HALF = 0x00800080;

	private final int width;

	private final int height;

	/** The pixels, premultiplied ARGB, row by row. */
	private final int[] pixels;

	private final boolean opaque;

	StagePicture(BufferedImage picture) {
		this.width = picture.getWidth();
		this.height = picture.getHeight();
		this.pixels = picture.getRGB(0, 0, this.width, this.height, null, 0, this.width);
		boolean opaque = true;
		for (int index = 0; index < this.pixels.length; index++) {
			int argb = this.pixels[index];
			int alpha = argb >>> 24;
			if (alpha != 0xFF) {
				opaque = false;
				this.pixels[index] = (alpha << 24) | (times((argb >>> 16) & 0xFF, alpha) << 16)
						| (times((argb >>> 8) & 0xFF, alpha) << 8) | times(argb & 0xFF, alpha);
			}
		}
		this.opaque = opaque;
	}

	int width() {
		return this.width;
	}

	int height() {
		return this.height;
	}

	/**
	 * Draws the picture scaled to {@code drawnWidth} × {@code drawnHeight} with its top
	 * left corner at ({@code x}, {@code y}) into a frame of packed BGR bytes, only inside
	 * {@code clip}.
	 * @param bgr the frame's bytes, 3 per pixel, row after row
	 * @param frameWidth the frame's width; its height is the bytes' length over a row's
	 * @param opacity from 0 (nothing drawn) to 1 (the picture covers what is under it
	 * where it is opaque)
	 */
	void draw(byte[] bgr, int frameWidth, Rectangle clip, int x, int y, int drawnWidth, int drawnHeight,
			float opacity) {
		int frameHeight = bgr.length / (3 * frameWidth);
		int left = Math.max(Math.max(clip.x, x), 0);
		int right = Math.min(Math.min(clip.x + clip.width, x + drawnWidth), frameWidth);
		int top = Math.max(Math.max(clip.y, y), 0);
		int bottom = Math.min(Math.min(clip.y + clip.height, y + drawnHeight), frameHeight);
		int strength = Math.round(Math.clamp(opacity, 0f, 1f) * ONE);
		if (left >= right || top >= bottom || strength == 0) {
			return;
		}
		Samples columns = Samples.of(left, right, x, drawnWidth, this.width, 1);
		Samples rows = Samples.of(top, bottom, y, drawnHeight, this.height, this.width);
		int count = right - left;
		int[] upper = new int[count];
		int[] lower = new int[count];
		int[] mixed = new int[count];
		int upperRow = -1;
		int lowerRow = -1;
		boolean cover = this.opaque && strength == ONE;
		for (int row = 0; row < bottom - top; row++) {
			int above = rows.first[row];
			int below = rows.second[row];
			// Consecutive frame rows mostly read the same picture rows: each is
			// interpolated across once.
			if (above == lowerRow) {
				int[] swap = upper;
				upper = lower;
				lower = swap;
				upperRow = lowerRow;
				lowerRow = -1;
			}
			if (above != upperRow) {
				across(above, columns, upper);
				upperRow = above;
			}
			if (below != lowerRow) {
				across(below, columns, lower);
				lowerRow = below;
			}
			int down = rows.weight[row];
			for (int column = 0; column < count; column++) {
				mixed[column] = lerp(upper[column], lower[column], down);
			}
			int at = ((top + row) * frameWidth + left) * 3;
			if (cover) {
				// Four bytes at a time, little-endian: blue, green, red, then the next
				// pixel's blue, written over by the next pixel; the row's last pixel is
				// written byte by byte, not to touch the pixel after it.
				for (int column = 0; column < count - 1; column++, at += 3) {
					INTS.set(bgr, at, mixed[column]);
				}
				int argb = mixed[count - 1];
				bgr[at] = (byte) argb;
				bgr[at + 1] = (byte) (argb >>> 8);
				bgr[at + 2] = (byte) (argb >>> 16);
			}
			else {
				for (int column = 0; column < count; column++, at += 3) {
					// Faded toward transparent, which premultiplied is 0.
					over(bgr, at, lerp(0, mixed[column], strength));
				}
			}
		}
	}

	/**
	 * One picture row, starting at {@code offset}, interpolated at the frame's columns.
	 */
	private void across(int offset, Samples columns, int[] into) {
		int[] first = columns.first;
		int[] second = columns.second;
		int[] weight = columns.weight;
		for (int column = 0; column < into.length; column++) {
			into[column] = lerp(this.pixels[offset + first[column]], this.pixels[offset + second[column]],
					weight[column]);
		}
	}

	/** A premultiplied pixel laid over the frame's pixel at a byte offset. */
	private static void over(byte[] bgr, int at, int argb) {
		int keep = 0xFF - (argb >>> 24);
		bgr[at] = (byte) ((argb & 0xFF) + times(bgr[at] & 0xFF, keep));
		bgr[at + 1] = (byte) (((argb >>> 8) & 0xFF) + times(bgr[at + 1] & 0xFF, keep));
		bgr[at + 2] = (byte) (((argb >>> 16) & 0xFF) + times(bgr[at + 2] & 0xFF, keep));
	}

	/** {@code value × factor ÷ 255}, rounded, for bytes. */
	private static int times(int value, int factor) {
		int product = value * factor + 128;
		return (product + (product >>> 8)) >>> 8;
	}

	/**
	 * Two pixels mixed channel by channel, {@code weight}/256 of the second: red and blue
	 * in one multiply, alpha and green in another, each channel in a 16-bit lane that a
	 * byte times at most 256 cannot overflow.
	 */
	private static int lerp(int first, int second, int weight) {
		int keep = ONE - weight;
		int redBlue = ((((first & RED_BLUE) * keep + (second & RED_BLUE) * weight) + HALF) >>> 8) & RED_BLUE;
		int alphaGreen = ((((first >>> 8) & RED_BLUE) * keep + ((second >>> 8) & RED_BLUE) * weight) + HALF)
				& ALPHA_GREEN;
		return alphaGreen | redBlue;
	}

	/**
	 * For each frame position from {@code from} to {@code to}, the two picture positions
	 * around its centre's image in the picture (times {@code unit}: 1 for columns, the
	 * picture's width for rows) and the second one's weight.
	 */
	private record Samples(int[] first, int[] second, int[] weight) {

		static Samples of(int from, int to, int origin, int drawn, int size, int unit) {
			int count = to - from;
			Samples samples = new Samples(new int[count], new int[count], new int[count]);
			double scale = size / (double) drawn;
			for (int index = 0; index < count; index++) {
				double position = (from + index + 0.5 - origin) * scale - 0.5;
				double floor = Math.floor(position);
				int weight = (int) Math.round((position - floor) * ONE);
				int first = (int) floor;
				if (weight == ONE) {
					first++;
					weight = 0;
				}
				samples.first[index] = Math.clamp(first, 0, size - 1) * unit;
				samples.second[index] = Math.clamp(first + 1, 0, size - 1) * unit;
				samples.weight[index] = weight;
			}
			return samples;
		}

	}

}
