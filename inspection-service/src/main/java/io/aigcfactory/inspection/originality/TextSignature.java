package io.aigcfactory.inspection.originality;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A MinHash signature of a text's character shingles: the share of positions at which two
 * signatures agree estimates the Jaccard index of the two shingle sets. The signature is
 * cut into bands; two texts whose signatures agree on a whole band are candidates for a
 * comparison (locality-sensitive hashing), which is how an index finds them without
 * comparing every pair.
 */
public final class TextSignature {

	/** Values per band. */
	public static final int ROWS = 4;

	private final int[] values;

	TextSignature(int[] values) {
		this.values = values;
	}

	/** A signature read back from {@link #toBytes()}. */
	public static TextSignature fromBytes(byte[] bytes) {
		int[] values = new int[bytes.length / Integer.BYTES];
		ByteBuffer.wrap(bytes).asIntBuffer().get(values);
		return new TextSignature(values);
	}

	/** The signature as bytes (big-endian ints), for storage. */
	public byte[] toBytes() {
		ByteBuffer bytes = ByteBuffer.allocate(this.values.length * Integer.BYTES);
		bytes.asIntBuffer().put(this.values);
		return bytes.array();
	}

	/**
	 * The estimated Jaccard index of the two texts' shingle sets, in [0, 1]; 0 when
	 * either text had no shingle.
	 */
	public double similarity(TextSignature other) {
		if (this.values.length == 0 || this.values.length != other.values.length) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < this.values.length; i++) {
			if (this.values[i] == other.values[i]) {
				same++;
			}
		}
		return (double) same / this.values.length;
	}

	/**
	 * One key per band, naming the band and the hash of its values: texts sharing a key
	 * agree on that whole band.
	 */
	public String[] bandKeys() {
		int bands = this.values.length / ROWS;
		String[] keys = new String[bands];
		for (int band = 0; band < bands; band++) {
			int hash = Arrays.hashCode(Arrays.copyOfRange(this.values, band * ROWS, (band + 1) * ROWS));
			keys[band] = band + ":" + Integer.toHexString(hash);
		}
		return keys;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TextSignature signature && Arrays.equals(this.values, signature.values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.values);
	}

}
