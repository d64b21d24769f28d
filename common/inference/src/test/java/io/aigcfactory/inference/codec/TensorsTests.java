package io.aigcfactory.inference.codec;

import java.util.HexFormat;
import java.util.List;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;

import static io.aigcfactory.inference.codec.Tensors.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TensorsTests {

	@Test
	void bytesElementsAreLengthPrefixedLittleEndian() {
		Tensor tensor = Tensors.strings("text", shape(1), List.of("hi"));
		assertThat(HexFormat.of().formatHex(tensor.data().toByteArray())).isEqualTo("020000006869");
	}

	@Test
	void fp32IsLittleEndian() {
		Tensor tensor = Tensors.fp32("x", shape(1), 1.0f);
		assertThat(HexFormat.of().formatHex(tensor.data().toByteArray())).isEqualTo("0000803f");
	}

	@Test
	void everyDataTypeRoundTripsByteExact() {
		float[] floats = { 0f, -1.5f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.NEGATIVE_INFINITY };
		assertRoundTrip(Tensors.fp32("f", shape(2, 3), floats),
				Tensors.fp32("f", shape(2, 3), Tensors.toFloats(Tensors.fp32("f", shape(2, 3), floats))));
		double[] doubles = { Math.PI, -0.0, Double.MAX_VALUE };
		assertThat(Tensors.toDoubles(Tensors.fp64("d", shape(3), doubles))).containsExactly(doubles);
		int[] ints = { Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE };
		assertThat(Tensors.toInts(Tensors.int32("i", shape(5), ints))).containsExactly(ints);
		long[] longs = { Long.MIN_VALUE, -1, 0, Long.MAX_VALUE };
		assertThat(Tensors.toLongs(Tensors.int64("l", shape(4), longs))).containsExactly(longs);
		byte[] pixels = { 0, 1, (byte) 127, (byte) 128, (byte) 255 };
		assertThat(Tensors.toUint8(Tensors.uint8("p", shape(5), pixels))).containsExactly(pixels);
		boolean[] flags = { true, false, true };
		assertThat(Tensors.toBooleans(Tensors.bool("b", shape(3), flags))).containsExactly(flags);
		List<String> texts = List.of("", "hello", "你好，世界", "a\u0000b");
		assertThat(Tensors.toStrings(Tensors.strings("s", shape(2, 2), texts))).isEqualTo(texts);
	}

	@Test
	void fp16RoundTripsEveryHalfPrecisionValueByteExact() {
		for (int bits = 0; bits <= 0xFFFF; bits++) {
			float value = Float.float16ToFloat((short) bits);
			Tensor tensor = Tensors.fp16("h", shape(1), value);
			if (!Float.isNaN(value)) {
				assertThat(tensor.data())
					.isEqualTo(ByteString.copyFrom(new byte[] { (byte) bits, (byte) (bits >> 8) }));
			}
			float decoded = Tensors.fp16ToFloats(tensor)[0];
			if (Float.isNaN(value)) {
				assertThat(decoded).isNaN();
			}
			else {
				assertThat(Float.floatToRawIntBits(decoded)).isEqualTo(Float.floatToRawIntBits(value));
			}
		}
	}

	@Test
	void rawBytesSurviveEncodingUnchanged() {
		byte[] blob = new byte[300];
		for (int i = 0; i < blob.length; i++) {
			blob[i] = (byte) i;
		}
		List<byte[]> decoded = Tensors.toByteArrays(Tensors.bytes("blob", shape(2), List.of(blob, new byte[0])));
		assertThat(decoded.get(0)).isEqualTo(blob);
		assertThat(decoded.get(1)).isEmpty();
	}

	@Test
	void malformedBytesAreRefusedNamingTheTensor() {
		Tensor truncated = new Tensor("text", DataType.BYTES, shape(1),
				ByteString.copyFrom(new byte[] { 9, 0, 0, 0, 'a' }));
		assertThatIllegalArgumentException().isThrownBy(() -> Tensors.toStrings(truncated))
			.withMessageContaining("'text'");
		Tensor wrongCount = Tensors.strings("text", shape(2), List.of("a", "b"));
		Tensor claimsThree = new Tensor("text", DataType.BYTES, shape(3), wrongCount.data());
		assertThatIllegalArgumentException().isThrownBy(() -> Tensors.toStrings(claimsThree))
			.withMessageContaining("3");
	}

	@Test
	void sizeAndTypeMismatchesNameTheTensor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Tensor("x", DataType.FP32, shape(2), ByteString.copyFrom(new byte[4])))
			.withMessageContaining("'x'");
		assertThatIllegalArgumentException().isThrownBy(() -> Tensors.toInts(Tensors.fp32("x", shape(1), 1f)))
			.withMessageContaining("'x' is FP32, not INT32");
		assertThatIllegalArgumentException().isThrownBy(() -> Tensors.fp32("x", shape(-1), 1f))
			.withMessageContaining("negative");
	}

	@Test
	void wireNamesIncludeTritonConfigSpellings() {
		assertThat(DataType.fromWireName("TYPE_STRING")).isEqualTo(DataType.BYTES);
		assertThat(DataType.fromWireName("fp16")).isEqualTo(DataType.FP16);
	}

	private static void assertRoundTrip(Tensor expected, Tensor actual) {
		assertThat(actual.data()).isEqualTo(expected.data());
		assertThat(actual).isEqualTo(expected);
	}

}
