package io.aigcfactory.test.kserve;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;

/**
 * Ready-made fake models whose outputs are a known function of each item's input, so that
 * a test can tell whether every caller got its own result.
 */
public final class TestModels {

	private TestModels() {
	}

	/**
	 * {@code y = x + 1} on FP32 rows of {@code width}; a row holding NaN is refused with
	 * INVALID_ARGUMENT, failing the whole batch as Triton would.
	 */
	public static TestModel addOne(String name, int width, int maxBatchSize, Duration a, Duration b) {
		return new TestModel(name, List.of(new TestTensorSpec("x", "FP32", -1, width)),
				List.of(new TestTensorSpec("y", "FP32", -1, width)), maxBatchSize, a, b, 1, false, (batch, inputs) -> {
					FloatRows rows = FloatRows.of(inputs.get(0));
					float[] out = new float[rows.values.length];
					for (int i = 0; i < out.length; i++) {
						if (Float.isNaN(rows.values[i])) {
							throw new IllegalArgumentException("input 'x' holds NaN at element " + i);
						}
						out[i] = rows.values[i] + 1;
					}
					return List.of(List.of(new TestTensor("y", "FP32", new long[] { batch, width }, fp32(out))));
				});
	}

	/**
	 * Texts ({@code text} BYTES [-1, 1]) to deterministic unit vectors ({@code embedding}
	 * FP32 [-1, dimension]) derived from each text's hash.
	 */
	public static TestModel textEmbedding(String name, int dimension) {
		return new TestModel(name, List.of(new TestTensorSpec("text", "BYTES", -1, 1)),
				List.of(new TestTensorSpec("embedding", "FP32", -1, dimension)), 64, Duration.ZERO, Duration.ZERO, 1,
				false, (batch, inputs) -> {
					List<byte[]> texts = bytesElements(inputs.get(0).raw());
					float[] out = new float[batch * dimension];
					for (int k = 0; k < batch; k++) {
						float[] vector = vectorOf(new String(texts.get(k), StandardCharsets.UTF_8), dimension);
						System.arraycopy(vector, 0, out, k * dimension, dimension);
					}
					return List
						.of(List.of(new TestTensor("embedding", "FP32", new long[] { batch, dimension }, fp32(out))));
				});
	}

	/**
	 * The vector {@link #textEmbedding} gives a text.
	 */
	public static float[] vectorOf(String text, int dimension) {
		float[] vector = new float[dimension];
		long seed = text.hashCode();
		double norm = 0;
		for (int i = 0; i < dimension; i++) {
			seed = seed * 6364136223846793005L + 1442695040888963407L;
			vector[i] = (seed >>> 40) / (float) (1 << 24) - 0.5f;
			norm += vector[i] * vector[i];
		}
		for (int i = 0; i < dimension; i++) {
			vector[i] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

	/**
	 * A decoupled model with the vLLM backend's signature ({@code text_input},
	 * {@code stream}, {@code sampling_parameters}, {@code exclude_input_in_output} in;
	 * {@code text_output} out), what {@code TritonChatModel} speaks, at no cost.
	 */
	static TestModel vllmDecoupled(String name, TestModel.Kernel kernel) {
		return new TestModel(name,
				List.of(new TestTensorSpec("text_input", "BYTES", 1), new TestTensorSpec("stream", "BOOL", 1),
						new TestTensorSpec("sampling_parameters", "BYTES", 1),
						new TestTensorSpec("exclude_input_in_output", "BOOL", 1)),
				List.of(new TestTensorSpec("text_output", "BYTES", -1)), 0, Duration.ZERO, Duration.ZERO, 1, true,
				kernel);
	}

	/**
	 * A decoupled LLM with the vLLM backend's tensors that streams
	 * {@code "echo: <prompt>"} word by word, one response per word.
	 */
	public static TestModel echoLlm(String name) {
		return vllmDecoupled(name, (batch, inputs) -> {
			TestTensor prompt = inputs.stream()
				.filter((t) -> t.name().equals("text_input"))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("text_input is required"));
			String text = "echo: " + new String(bytesElements(prompt.raw()).get(0), StandardCharsets.UTF_8);
			List<List<TestTensor>> responses = new ArrayList<>();
			String[] words = text.split("(?<= )");
			for (String word : words) {
				responses.add(List.of(new TestTensor("text_output", "BYTES", new long[] { 1 }, bytes(word))));
			}
			return responses;
		});
	}

	/**
	 * Returns its input {@code in} as output {@code out}, byte for byte.
	 */
	public static TestModel identity(String name, String datatype, long... shape) {
		return new TestModel(name, List.of(new TestTensorSpec("in", datatype, shape)),
				List.of(new TestTensorSpec("out", datatype, shape)), (shape.length > 0 && shape[0] == -1) ? 64 : 0,
				Duration.ZERO, Duration.ZERO, 1, false, (batch, inputs) -> {
					TestTensor in = inputs.get(0);
					return List.of(List.of(new TestTensor("out", in.datatype(), in.shape(), in.raw())));
				});
	}

	static ByteString fp32(float[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(values);
		return UnsafeByteOperations.unsafeWrap(buffer.array());
	}

	static ByteString bytes(String value) {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(4 + utf8.length).order(ByteOrder.LITTLE_ENDIAN);
		buffer.putInt(utf8.length).put(utf8);
		return UnsafeByteOperations.unsafeWrap(buffer.array());
	}

	/**
	 * Parses BYTES contents the way Triton checks them: a little-endian uint32 length,
	 * then that many bytes, until the contents end exactly.
	 */
	public static List<byte[]> bytesElements(ByteString raw) {
		ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
		List<byte[]> elements = new ArrayList<>();
		while (buffer.hasRemaining()) {
			if (buffer.remaining() < 4) {
				throw new IllegalArgumentException("a BYTES length prefix is cut off");
			}
			int length = buffer.getInt();
			if (length < 0 || length > buffer.remaining()) {
				throw new IllegalArgumentException("a BYTES element overruns its tensor");
			}
			byte[] element = new byte[length];
			buffer.get(element);
			elements.add(element);
		}
		return elements;
	}

	private record FloatRows(float[] values) {

		static FloatRows of(TestTensor tensor) {
			ByteBuffer buffer = tensor.raw().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
			float[] values = new float[buffer.remaining() / 4];
			buffer.asFloatBuffer().get(values);
			return new FloatRows(values);
		}

	}

}
