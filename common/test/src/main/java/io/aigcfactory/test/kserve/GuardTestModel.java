package io.aigcfactory.test.kserve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;

/**
 * A stand-in for a guard classifier in the manner of Qwen3Guard, with the tensors a
 * Triton deployment of one would expose: {@code text} (BYTES {@code [-1, 1]}) in;
 * {@code label} ({@code Safe}, {@code Controversial} or {@code Unsafe}) and
 * {@code category} (BYTES {@code [-1, 1]}) out. Deterministic: a text containing one of
 * {@link #UNSAFE} is unsafe, one containing one of {@link #CONTROVERSIAL} controversial,
 * anything else safe.
 */
public final class GuardTestModel {

	/**
	 * Marker phrase to the category the model answers for it; these make a text unsafe.
	 */
	public static final Map<String, String> UNSAFE = Map.of("教你制作炸药", "Violent", "网络赌场", "Non-violent Illegal Acts",
			"包你发财", "Unethical Acts");

	/** Marker phrase to category; these make a text controversial. */
	public static final Map<String, String> CONTROVERSIAL = Map.of("擦边", "Sexual Content or Sexual Acts", "灰色收入",
			"Unethical Acts");

	private GuardTestModel() {
	}

	/** The model, batching up to 16 texts, free of cost. */
	public static TestModel model(String name) {
		return new TestModel(name, List.of(new TestTensorSpec("text", "BYTES", -1, 1)),
				List.of(new TestTensorSpec("label", "BYTES", -1, 1), new TestTensorSpec("category", "BYTES", -1, 1)),
				16, Duration.ZERO, Duration.ZERO, 1, false, (batch, inputs) -> {
					List<byte[]> texts = TestModels.bytesElements(inputs.get(0).raw());
					ByteArrayOutputStream labels = new ByteArrayOutputStream();
					ByteArrayOutputStream categories = new ByteArrayOutputStream();
					for (byte[] text : texts) {
						String[] answer = classify(new String(text, StandardCharsets.UTF_8));
						labels.writeBytes(TestModels.bytes(answer[0]).toByteArray());
						categories.writeBytes(TestModels.bytes(answer[1]).toByteArray());
					}
					long[] shape = { batch, 1 };
					return List.of(List.of(
							new TestTensor("label", "BYTES", shape, ByteString.copyFrom(labels.toByteArray())),
							new TestTensor("category", "BYTES", shape, ByteString.copyFrom(categories.toByteArray()))));
				});
	}

	/** The label and category the model gives a text. */
	public static String[] classify(String text) {
		for (Map.Entry<String, String> marker : UNSAFE.entrySet()) {
			if (text.contains(marker.getKey())) {
				return new String[] { "Unsafe", marker.getValue() };
			}
		}
		for (Map.Entry<String, String> marker : CONTROVERSIAL.entrySet()) {
			if (text.contains(marker.getKey())) {
				return new String[] { "Controversial", marker.getValue() };
			}
		}
		return new String[] { "Safe", "None" };
	}

}
