package io.aigcfactory.production.video.triton;

import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.util.Arrays;

import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.production.video.Narration;

/**
 * Reads one item of a text-to-speech model's answer as 16-bit PCM: {@code audio} (FP32 in
 * [-1, 1] or INT16, shape {@code [samples]}, possibly padded beyond the item's length),
 * {@code audio_length} (INT32 {@code [1]}, the item's own sample count) and
 * {@code sample_rate} (INT32 {@code [1]}).
 */
final class SpeechTensor {

	static final String AUDIO = "audio";

	static final String LENGTH = "audio_length";

	static final String SAMPLE_RATE = "sample_rate";

	private SpeechTensor() {
	}

	/**
	 * @throws SpeechUnavailable when a tensor is missing, of another type or shape, or
	 * says a length or rate that cannot be
	 */
	static Narration decode(ModelOutput output) {
		Tensor audio = tensor(output, AUDIO);
		int length = scalar(output, LENGTH);
		int rate = scalar(output, SAMPLE_RATE);
		if (audio.rank() != 1) {
			throw new SpeechUnavailable(
					"Output '" + AUDIO + "' has shape " + Arrays.toString(audio.shape()) + ", not [samples]");
		}
		if (length < 1 || length > audio.dim(0)) {
			throw new SpeechUnavailable("Output '" + LENGTH + "' says " + length + " samples of " + audio.dim(0));
		}
		if (rate < 8_000 || rate > 96_000) {
			throw new SpeechUnavailable("Output '" + SAMPLE_RATE + "' is " + rate + ", not within 8000..96000");
		}
		return new Narration(Narration.Voice.TRITON, pcm(audio, length), rate);
	}

	private static short[] pcm(Tensor audio, int length) {
		short[] samples = new short[length];
		if (audio.dataType() == DataType.FP32) {
			float[] values = Tensors.toFloats(audio);
			for (int i = 0; i < length; i++) {
				samples[i] = (short) Math.round(Math.clamp(values[i], -1f, 1f) * Short.MAX_VALUE);
			}
			return samples;
		}
		if (audio.dataType() == DataType.INT16) {
			ShortBuffer values = audio.data().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
			values.get(samples);
			return samples;
		}
		throw new SpeechUnavailable("Output '" + AUDIO + "' is " + audio.dataType() + ", not FP32 or INT16");
	}

	private static int scalar(ModelOutput output, String name) {
		Tensor tensor = tensor(output, name);
		if (tensor.dataType() != DataType.INT32 || tensor.data().size() != 4) {
			throw new SpeechUnavailable("Output '" + name + "' is " + tensor.dataType()
					+ Arrays.toString(tensor.shape()) + ", not INT32 [1]");
		}
		return tensor.data().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).getInt();
	}

	private static Tensor tensor(ModelOutput output, String name) {
		Tensor tensor = output.tensors().get(name);
		if (tensor == null) {
			throw new SpeechUnavailable(
					"Output '" + name + "' is missing; the model returned " + output.tensors().keySet());
		}
		return tensor;
	}

}
