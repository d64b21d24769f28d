package io.aigcfactory.inference.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.UnsafeByteOperations;

/**
 * Builds tensors from Java arrays and reads them back, in the KServe v2 raw encoding.
 * Every decoder checks the tensor's data type so that a mismatch names the tensor instead
 * of producing garbage.
 */
public final class Tensors {

	private Tensors() {
	}

	public static Tensor fp32(String name, long[] shape, float... values) {
		ByteBuffer buffer = allocate(values.length * 4L);
		buffer.asFloatBuffer().put(values);
		return wrap(name, DataType.FP32, shape, buffer);
	}

	public static Tensor fp64(String name, long[] shape, double... values) {
		ByteBuffer buffer = allocate(values.length * 8L);
		buffer.asDoubleBuffer().put(values);
		return wrap(name, DataType.FP64, shape, buffer);
	}

	/**
	 * Encodes floats as IEEE 754 half precision (round to nearest even).
	 */
	public static Tensor fp16(String name, long[] shape, float... values) {
		ByteBuffer buffer = allocate(values.length * 2L);
		for (float value : values) {
			buffer.putShort(Float.floatToFloat16(value));
		}
		return wrap(name, DataType.FP16, shape, buffer.flip());
	}

	public static Tensor int32(String name, long[] shape, int... values) {
		ByteBuffer buffer = allocate(values.length * 4L);
		buffer.asIntBuffer().put(values);
		return wrap(name, DataType.INT32, shape, buffer);
	}

	public static Tensor int64(String name, long[] shape, long... values) {
		ByteBuffer buffer = allocate(values.length * 8L);
		buffer.asLongBuffer().put(values);
		return wrap(name, DataType.INT64, shape, buffer);
	}

	/**
	 * Wraps unsigned bytes (pixels, masks) without copying: the caller must not change
	 * the array afterwards.
	 */
	public static Tensor uint8(String name, long[] shape, byte... values) {
		return new Tensor(name, DataType.UINT8, shape, UnsafeByteOperations.unsafeWrap(values));
	}

	public static Tensor bool(String name, long[] shape, boolean... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) (values[i] ? 1 : 0);
		}
		return new Tensor(name, DataType.BOOL, shape, UnsafeByteOperations.unsafeWrap(bytes));
	}

	/**
	 * Encodes BYTES elements: each a little-endian uint32 length followed by its bytes.
	 */
	public static Tensor bytes(String name, long[] shape, List<byte[]> elements) {
		long total = 0;
		for (byte[] element : elements) {
			total += 4L + element.length;
		}
		ByteBuffer buffer = allocate(total);
		for (byte[] element : elements) {
			buffer.putInt(element.length).put(element);
		}
		Tensor tensor = wrap(name, DataType.BYTES, shape, buffer.flip());
		if (tensor.elementCount() != elements.size()) {
			throw new IllegalArgumentException("Tensor '" + name + "' has " + elements.size()
					+ " elements but its shape holds " + tensor.elementCount());
		}
		return tensor;
	}

	public static Tensor strings(String name, long[] shape, List<String> values) {
		List<byte[]> elements = new ArrayList<>(values.size());
		for (String value : values) {
			elements.add(value.getBytes(StandardCharsets.UTF_8));
		}
		return bytes(name, shape, elements);
	}

	public static float[] toFloats(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.FP32);
		float[] values = new float[buffer.remaining() / 4];
		buffer.asFloatBuffer().get(values);
		return values;
	}

	public static double[] toDoubles(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.FP64);
		double[] values = new double[buffer.remaining() / 8];
		buffer.asDoubleBuffer().get(values);
		return values;
	}

	/**
	 * Decodes half precision elements into floats.
	 */
	public static float[] fp16ToFloats(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.FP16);
		float[] values = new float[buffer.remaining() / 2];
		for (int i = 0; i < values.length; i++) {
			values[i] = Float.float16ToFloat(buffer.getShort());
		}
		return values;
	}

	public static int[] toInts(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.INT32);
		int[] values = new int[buffer.remaining() / 4];
		buffer.asIntBuffer().get(values);
		return values;
	}

	public static long[] toLongs(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.INT64);
		long[] values = new long[buffer.remaining() / 8];
		buffer.asLongBuffer().get(values);
		return values;
	}

	public static byte[] toUint8(Tensor tensor) {
		read(tensor, DataType.UINT8);
		return tensor.data().toByteArray();
	}

	public static boolean[] toBooleans(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.BOOL);
		boolean[] values = new boolean[buffer.remaining()];
		for (int i = 0; i < values.length; i++) {
			values[i] = buffer.get() != 0;
		}
		return values;
	}

	/**
	 * Decodes BYTES elements, checking that the length prefixes describe exactly the
	 * tensor's element count and data.
	 */
	public static List<byte[]> toByteArrays(Tensor tensor) {
		ByteBuffer buffer = read(tensor, DataType.BYTES);
		long expected = tensor.elementCount();
		List<byte[]> elements = new ArrayList<>((int) Math.min(expected, 1 << 16));
		while (buffer.hasRemaining()) {
			if (buffer.remaining() < 4) {
				throw malformed(tensor, "a length prefix is cut off");
			}
			int length = buffer.getInt();
			if (length < 0 || length > buffer.remaining()) {
				throw malformed(tensor, "an element claims " + Integer.toUnsignedString(length) + " bytes but "
						+ buffer.remaining() + " remain");
			}
			byte[] element = new byte[length];
			buffer.get(element);
			elements.add(element);
		}
		if (elements.size() != expected) {
			throw malformed(tensor, "it holds " + elements.size() + " elements but its shape needs " + expected);
		}
		return elements;
	}

	public static List<String> toStrings(Tensor tensor) {
		List<byte[]> elements = toByteArrays(tensor);
		List<String> values = new ArrayList<>(elements.size());
		for (byte[] element : elements) {
			values.add(new String(element, StandardCharsets.UTF_8));
		}
		return values;
	}

	/**
	 * Shorthand for a shape.
	 */
	public static long[] shape(long... dims) {
		return dims;
	}

	private static ByteBuffer allocate(long size) {
		if (size > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("Tensor of " + size + " bytes exceeds the 2 GiB message limit");
		}
		return ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static Tensor wrap(String name, DataType type, long[] shape, ByteBuffer buffer) {
		return new Tensor(name, type, shape, UnsafeByteOperations.unsafeWrap(buffer.array(), 0, buffer.limit()));
	}

	private static ByteBuffer read(Tensor tensor, DataType expected) {
		if (tensor.dataType() != expected) {
			throw new IllegalArgumentException(
					"Tensor '" + tensor.name() + "' is " + tensor.dataType() + ", not " + expected);
		}
		return tensor.data().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
	}

	private static IllegalArgumentException malformed(Tensor tensor, String why) {
		return new IllegalArgumentException("BYTES tensor '" + tensor.name() + "' is malformed: " + why);
	}

}
