package io.aigcfactory.production.video.triton;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

import com.google.protobuf.ByteString;
import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.production.video.Narration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One item of a text-to-speech answer read as 16-bit PCM, and the answers refused. */
class SpeechTensorTests {

	@Test
	void fp32SpeechIsScaledToPcmAndCutAtItsLength() {
		Narration narration = SpeechTensor
			.decode(output(Tensors.fp32("audio", new long[] { 5 }, 0.5f, -1f, 2f, 0, 0), 3, 16_000));

		assertThat(narration.voice()).isEqualTo(Narration.Voice.TRITON);
		assertThat(narration.sampleRate()).isEqualTo(16_000);
		assertThat(narration.samples()).containsExactly((short) 16384, (short) -32767, (short) 32767);
	}

	@Test
	void int16SpeechIsTakenAsItIs() {
		ByteBuffer pcm = ByteBuffer.allocate(8)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putShort((short) 7)
			.putShort((short) -9)
			.putShort((short) 1000)
			.putShort((short) 0);
		Tensor audio = new Tensor("audio", DataType.INT16, new long[] { 4 }, ByteString.copyFrom(pcm.array()));

		Narration narration = SpeechTensor.decode(output(audio, 3, 24_000));

		assertThat(narration.samples()).containsExactly((short) 7, (short) -9, (short) 1000);
		assertThat(narration.durationMillis()).isEqualTo(0);
	}

	@Test
	void answersThatAreNotSpeechAreRefusedWithWhatIsWrong() {
		Tensor audio = Tensors.fp32("audio", new long[] { 4 }, 0, 0, 0, 0);
		assertThatThrownBy(() -> SpeechTensor.decode(output(audio, 5, 16_000))).isInstanceOf(SpeechUnavailable.class)
			.hasMessageContaining("audio_length");
		assertThatThrownBy(() -> SpeechTensor.decode(output(audio, 4, 100))).isInstanceOf(SpeechUnavailable.class)
			.hasMessageContaining("sample_rate");
		assertThatThrownBy(
				() -> SpeechTensor.decode(output(Tensors.fp32("audio", new long[] { 2, 2 }, 0, 0, 0, 0), 2, 16_000)))
			.isInstanceOf(SpeechUnavailable.class)
			.hasMessageContaining("[2, 2]");
		assertThatThrownBy(() -> SpeechTensor.decode(output(Tensors.int32("audio", new long[] { 2 }, 1, 2), 2, 16_000)))
			.isInstanceOf(SpeechUnavailable.class)
			.hasMessageContaining("INT32");
		assertThatThrownBy(() -> SpeechTensor.decode(new ModelOutput(
				Map.of("audio", audio, "sample_rate", Tensors.int32("sample_rate", new long[] { 1 }, 16_000)))))
			.isInstanceOf(SpeechUnavailable.class)
			.hasMessageContaining("audio_length");
	}

	private static ModelOutput output(Tensor audio, int length, int rate) {
		return new ModelOutput(
				Map.of("audio", audio, "audio_length", Tensors.int32("audio_length", new long[] { 1 }, length),
						"sample_rate", Tensors.int32("sample_rate", new long[] { 1 }, rate)));
	}

}
