package io.aigcfactory.trust.watermark;

import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * The watermark's layout, the same for every image. Coordinates are in units of a canvas
 * whose short side is {@value #CANVAS} units, so a resized image keeps its pattern where
 * it was. The pattern is a tile of {@value #TILE} × {@value #TILE} units repeated over
 * the image, made of 32 × 32 cells of {@value #CELL} units. A fixed random quarter of the
 * cells is the sync template (a known ±1 sign each), which finds the tile's offset and
 * scale again after a crop; the other 768 cells carry the code word, each of its 96 bits
 * in 8 cells scattered over the tile (repetition with interleaving), each cell with its
 * own ±1 spreading sign. The code word is the 64-bit payload followed by its CRC-32, so a
 * reader accepts a payload only when the check code matches: on an unmarked image that
 * happens with probability 2⁻³².
 */
final class WatermarkPattern {

	static final int CANVAS = 512;

	static final int CELL = 4;

	static final int TILE = 128;

	static final int CELLS_PER_SIDE = TILE / CELL;

	static final int CELLS = CELLS_PER_SIDE * CELLS_PER_SIDE;

	static final int SYNC_CELLS = CELLS / 4;

	static final int CODE_BITS = 96;

	private static final long SEED = 0x4149_4743_5754_4D4BL;

	/** Per cell: the code bit it carries, or -1 for a sync cell. */
	private final int[] bit = new int[CELLS];

	/** Per cell: its ±1 sign. */
	private final int[] sign = new int[CELLS];

	private static final WatermarkPattern INSTANCE = new WatermarkPattern();

	private WatermarkPattern() {
		SplittableRandom random = new SplittableRandom(SEED);
		int[] order = new int[CELLS];
		for (int i = 0; i < CELLS; i++) {
			order[i] = i;
		}
		for (int i = CELLS - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		for (int i = 0; i < CELLS; i++) {
			this.bit[order[i]] = (i < SYNC_CELLS) ? -1 : (i - SYNC_CELLS) % CODE_BITS;
			this.sign[order[i]] = random.nextBoolean() ? 1 : -1;
		}
	}

	static WatermarkPattern instance() {
		return INSTANCE;
	}

	/** The code bit cell {@code cell} carries, or -1 for a sync cell. */
	int bit(int cell) {
		return this.bit[cell];
	}

	int sign(int cell) {
		return this.sign[cell];
	}

	/** The ±1 value of every cell for a code word. */
	int[] cells(boolean[] code) {
		int[] values = new int[CELLS];
		for (int cell = 0; cell < CELLS; cell++) {
			int b = this.bit[cell];
			values[cell] = (b < 0) ? this.sign[cell] : this.sign[cell] * (code[b] ? 1 : -1);
		}
		return values;
	}

	/**
	 * Per pixel of a {@code width} × {@code height} image, the ±1 of the cell under it
	 * for a code word: the tile repeated from the image's centre, {@link #CANVAS} units
	 * across its short side, so that the pattern scales with the image.
	 */
	byte[] pixelSigns(boolean[] code, int width, int height) {
		int[] cells = cells(code);
		byte[] signs = new byte[width * height];
		double unit = (double) CANVAS / Math.min(width, height);
		for (int y = 0; y < height; y++) {
			int v = Math.floorMod((int) Math.floor((y + 0.5 - height / 2.0) * unit), TILE);
			int row = (v / CELL) * CELLS_PER_SIDE;
			for (int x = 0; x < width; x++) {
				int u = Math.floorMod((int) Math.floor((x + 0.5 - width / 2.0) * unit), TILE);
				signs[y * width + x] = (byte) cells[row + u / CELL];
			}
		}
		return signs;
	}

	/**
	 * The sync template over the tile, one value per unit: the sign on sync cells, 0
	 * elsewhere.
	 */
	double[] syncTemplate() {
		double[] template = new double[TILE * TILE];
		for (int v = 0; v < TILE; v++) {
			for (int u = 0; u < TILE; u++) {
				int cell = (v / CELL) * CELLS_PER_SIDE + u / CELL;
				template[v * TILE + u] = (this.bit[cell] < 0) ? this.sign[cell] : 0;
			}
		}
		return template;
	}

	/** The 96-bit code word: the payload's 64 bits, then the CRC-32 of its 8 bytes. */
	static boolean[] code(WatermarkPayload payload) {
		long bits = payload.bits();
		long check = crc(payload);
		boolean[] code = new boolean[CODE_BITS];
		for (int i = 0; i < 64; i++) {
			code[i] = ((bits >>> (63 - i)) & 1) == 1;
		}
		for (int i = 0; i < 32; i++) {
			code[64 + i] = ((check >>> (31 - i)) & 1) == 1;
		}
		return code;
	}

	/** The payload bits of a code word. */
	static long payloadBits(boolean[] code) {
		long bits = 0;
		for (int i = 0; i < 64; i++) {
			bits = (bits << 1) | (code[i] ? 1 : 0);
		}
		return bits;
	}

	/** Whether a code word's check code matches its payload. */
	static boolean checks(boolean[] code) {
		long check = 0;
		for (int i = 0; i < 32; i++) {
			check = (check << 1) | (code[64 + i] ? 1 : 0);
		}
		return check == crc(WatermarkPayload.ofBits(payloadBits(code)));
	}

	private static long crc(WatermarkPayload payload) {
		CRC32 crc = new CRC32();
		crc.update(payload.bytes());
		return crc.getValue();
	}

}
