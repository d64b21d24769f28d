package io.aigcfactory.test.kserve;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;

/**
 * A stand-in for an SDXL text-to-image model with the tensors of a Triton ensemble:
 * {@code prompt} and {@code negative_prompt} (BYTES), {@code seed} (INT64),
 * {@code width}, {@code height} and {@code steps} (INT32), each {@code [-1, 1]}, in;
 * {@code image} (UINT8 {@code [-1, height, width, 3]}) out. It paints a vertical gradient
 * and a few soft discs whose colours and positions derive from a hash of the prompt's
 * words and the seed: the same prompt and seed give the same pixels, another prompt a
 * visibly different scene. The negative prompt and the step count are checked but change
 * nothing. Items of one batch must ask for the same size, as on a real diffusion server.
 */
public final class SdxlTestModel {

	/** The smallest and largest side accepted, in pixels. */
	static final int MIN_SIDE = 64;

	static final int MAX_SIDE = 2048;

	private static final int DISCS = 4;

	private SdxlTestModel() {
	}

	/**
	 * The model, batching up to 8 items, free of cost; give it one with
	 * {@link TestModel#withCost}.
	 */
	public static TestModel model(String name) {
		return new TestModel(name,
				List.of(new TestTensorSpec("prompt", "BYTES", -1, 1),
						new TestTensorSpec("negative_prompt", "BYTES", -1, 1),
						new TestTensorSpec("seed", "INT64", -1, 1), new TestTensorSpec("width", "INT32", -1, 1),
						new TestTensorSpec("height", "INT32", -1, 1), new TestTensorSpec("steps", "INT32", -1, 1)),
				List.of(new TestTensorSpec("image", "UINT8", -1, -1, -1, 3)), 8, Duration.ZERO, Duration.ZERO, 1, false,
				SdxlTestModel::compute);
	}

	/**
	 * The pixels the model paints for a prompt and seed: {@code height × width × 3}
	 * bytes, row by row, RGB.
	 */
	public static byte[] paint(String prompt, long seed, int width, int height) {
		SplittableRandom random = new SplittableRandom(hash(prompt) ^ (seed * 0x9E3779B97F4A7C15L));
		int[] top = colour(random);
		int[] bottom = colour(random);
		float[][] discs = new float[DISCS][];
		for (int d = 0; d < DISCS; d++) {
			int[] rgb = colour(random);
			float radius = (0.18f + 0.3f * (float) random.nextDouble()) * Math.min(width, height);
			discs[d] = new float[] { (float) random.nextDouble() * width, (float) random.nextDouble() * height, radius,
					rgb[0], rgb[1], rgb[2] };
		}
		byte[] pixels = new byte[width * height * 3];
		float[] rgb = new float[3];
		for (int y = 0; y < height; y++) {
			float t = (height == 1) ? 0 : (float) y / (height - 1);
			for (int x = 0; x < width; x++) {
				for (int c = 0; c < 3; c++) {
					rgb[c] = top[c] + (bottom[c] - top[c]) * t;
				}
				for (float[] disc : discs) {
					float dx = x - disc[0];
					float dy = y - disc[1];
					float falloff = 1 - (dx * dx + dy * dy) / (disc[2] * disc[2]);
					if (falloff > 0) {
						float weight = 0.75f * falloff * falloff;
						for (int c = 0; c < 3; c++) {
							rgb[c] += (disc[3 + c] - rgb[c]) * weight;
						}
					}
				}
				int offset = (y * width + x) * 3;
				for (int c = 0; c < 3; c++) {
					pixels[offset + c] = (byte) Math.round(rgb[c]);
				}
			}
		}
		return pixels;
	}

	/**
	 * A 64-bit hash of the prompt's words, lower-cased, in order; spacing and punctuation
	 * between them do not count.
	 */
	static long hash(String prompt) {
		long hash = 0xCBF29CE484222325L;
		for (String word : prompt.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}，。、；：！？]+")) {
			for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
				hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
			}
			hash = (hash ^ 0x20) * 0x100000001B3L;
		}
		return hash;
	}

	private static int[] colour(SplittableRandom random) {
		return new int[] { random.nextInt(256), random.nextInt(256), random.nextInt(256) };
	}

	private static List<List<TestTensor>> compute(int batch, List<TestTensor> inputs) {
		List<byte[]> prompts = TestModels.bytesElements(input(inputs, "prompt").raw());
		TestModels.bytesElements(input(inputs, "negative_prompt").raw());
		long[] seeds = longs(input(inputs, "seed"));
		int[] widths = ints(input(inputs, "width"));
		int[] heights = ints(input(inputs, "height"));
		int[] steps = ints(input(inputs, "steps"));
		int width = widths[0];
		int height = heights[0];
		for (int k = 0; k < batch; k++) {
			if (widths[k] != width || heights[k] != height) {
				throw new IllegalArgumentException("every item of a batch must ask for the same size; item " + k
						+ " asks for " + widths[k] + "x" + heights[k] + ", item 0 for " + width + "x" + height);
			}
			if (steps[k] < 1 || steps[k] > 150) {
				throw new IllegalArgumentException("steps must be within 1..150, was " + steps[k]);
			}
		}
		if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE || width % 8 != 0
				|| height % 8 != 0) {
			throw new IllegalArgumentException("width and height must be multiples of 8 within " + MIN_SIDE + ".."
					+ MAX_SIDE + ", were " + width + "x" + height);
		}
		int size = width * height * 3;
		byte[] out = new byte[batch * size];
		for (int k = 0; k < batch; k++) {
			byte[] pixels = paint(new String(prompts.get(k), StandardCharsets.UTF_8), seeds[k], width, height);
			System.arraycopy(pixels, 0, out, k * size, size);
		}
		ByteString raw = UnsafeByteOperations.unsafeWrap(out);
		return List.of(List.of(new TestTensor("image", "UINT8", new long[] { batch, height, width, 3 }, raw)));
	}

	private static TestTensor input(List<TestTensor> inputs, String name) {
		return inputs.stream()
			.filter((tensor) -> tensor.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("input '" + name + "' is required"));
	}

	private static long[] longs(TestTensor tensor) {
		ByteBuffer buffer = tensor.raw().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
		long[] values = new long[buffer.remaining() / 8];
		buffer.asLongBuffer().get(values);
		return values;
	}

	private static int[] ints(TestTensor tensor) {
		ByteBuffer buffer = tensor.raw().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
		int[] values = new int[buffer.remaining() / 4];
		buffer.asIntBuffer().get(values);
		return values;
	}

}
