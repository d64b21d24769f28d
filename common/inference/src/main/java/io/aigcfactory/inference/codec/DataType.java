package io.aigcfactory.inference.codec;

import java.util.Locale;

/**
 * KServe v2 tensor data types with their wire names and element sizes.
 */
public enum DataType {

	BOOL(1), UINT8(1), UINT16(2), UINT32(4), UINT64(8), INT8(1), INT16(2), INT32(4), INT64(8), FP16(2), BF16(2),
	FP32(4), FP64(8),
	/**
	 * Variable-length elements, each a little-endian uint32 length followed by the bytes.
	 */
	BYTES(-1);

	private final int elementSize;

	DataType(int elementSize) {
		this.elementSize = elementSize;
	}

	/**
	 * Bytes per element, or -1 for {@link #BYTES}.
	 * @return the element size
	 */
	public int elementSize() {
		return this.elementSize;
	}

	/**
	 * The name used on the wire ({@code "FP32"}); Triton also writes {@code STRING} for
	 * BYTES in model configuration, which is accepted here.
	 * @return the wire name
	 */
	public String wireName() {
		return name();
	}

	/**
	 * Parses a wire name.
	 * @param wireName the name as written by the server, e.g. {@code "FP32"}
	 * @return the data type
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static DataType fromWireName(String wireName) {
		String name = wireName.toUpperCase(Locale.ROOT);
		if (name.equals("STRING") || name.equals("TYPE_STRING")) {
			return BYTES;
		}
		return valueOf(name.startsWith("TYPE_") ? name.substring(5) : name);
	}

}
