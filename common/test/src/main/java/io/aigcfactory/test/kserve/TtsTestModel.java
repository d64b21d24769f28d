package io.aigcfactory.test.kserve;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.google.protobuf.UnsafeByteOperations;
import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;

/**
 * A stand-in for a text-to-speech model with the tensors the platform's Triton narrator
 * speaks: {@code text} (BYTES {@code [-1, 1]}, UTF-8) in; {@code audio} (FP32
 * {@code [-1, -1]}, mono samples in [-1, 1], each item padded with zeros to the longest
 * of its batch), {@code audio_length} (INT32 {@code [-1, 1]}, the item's own sample
 * count) and {@code sample_rate} (INT32 {@code [-1, 1]}, samples per second) out. It
 * "speaks" each letter, digit or ideograph as a {@value #CHAR_MILLIS} ms sine tone whose
 * pitch follows the code point ({@link #pitch}), with 10 ms fades, and every other
 * character as as long a pause: the same text always sounds the same, and a test can tell
 * from the signal which characters were spoken. An empty text is refused.
 */
public final class TtsTestModel {

	/** Samples per second of every answer. */
	public static final int SAMPLE_RATE = 16_000;

	/** How long each character sounds. */
	public static final int CHAR_MILLIS = 150;

	private static final int CHAR_SAMPLES = SAMPLE_RATE * CHAR_MILLIS / 1000;

	private static final int FADE_SAMPLES = SAMPLE_RATE / 100;

	private TtsTestModel() {
	}

	/**
	 * The model, batching up to 8 texts, free of cost; give it one with
	 * {@link TestModel#withCost}.
	 */
	public static TestModel model(String name) {
		return new TestModel(name, List.of(new TestTensorSpec("text", "BYTES", -1, 1)),
				List.of(new TestTensorSpec("audio", "FP32", -1, -1), new TestTensorSpec("audio_length", "INT32", -1, 1),
						new TestTensorSpec("sample_rate", "INT32", -1, 1)),
				8, Duration.ZERO, Duration.ZERO, 1, false, TtsTestModel::compute);
	}

	/** The tone of a spoken character: 200 Hz to about 750 Hz, in semitone steps. */
	public static double pitch(int codePoint) {
		return 200 * Math.pow(2, (codePoint % 24) / 12.0);
	}

	/** Whether a character sounds (rather than pauses). */
	public static boolean spoken(int codePoint) {
		return Character.isLetterOrDigit(codePoint);
	}

	/** The samples the model answers for a text. */
	public static float[] speak(String text) {
		int[] codePoints = text.codePoints().toArray();
		float[] samples = new float[codePoints.length * CHAR_SAMPLES];
		for (int c = 0; c < codePoints.length; c++) {
			if (!spoken(codePoints[c])) {
				continue;
			}
			double step = 2 * Math.PI * pitch(codePoints[c]) / SAMPLE_RATE;
			for (int i = 0; i < CHAR_SAMPLES; i++) {
				double fade = Math.min(1, Math.min(i, CHAR_SAMPLES - 1 - i) / (double) FADE_SAMPLES);
				samples[c * CHAR_SAMPLES + i] = (float) (0.5 * fade * Math.sin(step * i));
			}
		}
		return samples;
	}

	private static List<List<TestTensor>> compute(int batch, List<TestTensor> inputs) {
		List<byte[]> texts = TestModels.bytesElements(inputs.getFirst().raw());
		float[][] spoken = new float[batch][];
		int longest = 0;
		for (int k = 0; k < batch; k++) {
			String text = new String(texts.get(k), StandardCharsets.UTF_8);
			if (text.isBlank()) {
				throw new IllegalArgumentException("text of item " + k + " is empty");
			}
			spoken[k] = speak(text);
			longest = Math.max(longest, spoken[k].length);
		}
		float[] audio = new float[batch * longest];
		ByteBuffer lengths = ByteBuffer.allocate(batch * 4).order(ByteOrder.LITTLE_ENDIAN);
		ByteBuffer rates = ByteBuffer.allocate(batch * 4).order(ByteOrder.LITTLE_ENDIAN);
		for (int k = 0; k < batch; k++) {
			System.arraycopy(spoken[k], 0, audio, k * longest, spoken[k].length);
			lengths.putInt(spoken[k].length);
			rates.putInt(SAMPLE_RATE);
		}
		return List.of(List.of(new TestTensor("audio", "FP32", new long[] { batch, longest }, TestModels.fp32(audio)),
				new TestTensor("audio_length", "INT32", new long[] { batch, 1 },
						UnsafeByteOperations.unsafeWrap(lengths.array())),
				new TestTensor("sample_rate", "INT32", new long[] { batch, 1 },
						UnsafeByteOperations.unsafeWrap(rates.array()))));
	}

}
