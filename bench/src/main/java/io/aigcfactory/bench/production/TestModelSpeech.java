package io.aigcfactory.bench.production;

import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.Narrator;
import io.aigcfactory.test.kserve.TtsTestModel;

/**
 * Narration as the KServe test server's {@code tts} model speaks it, without the network
 * hop: what the benchmarks narrate their promo videos with.
 */
public final class TestModelSpeech {

	private TestModelSpeech() {
	}

	/** A narrator that speaks each script with the test model, as 16-bit samples. */
	public static Narrator narrator() {
		return (script) -> {
			float[] speech = TtsTestModel.speak(script);
			short[] pcm = new short[speech.length];
			for (int i = 0; i < pcm.length; i++) {
				pcm[i] = (short) Math.round(speech[i] * Short.MAX_VALUE);
			}
			return new Narration(Narration.Voice.TRITON, pcm, TtsTestModel.SAMPLE_RATE);
		};
	}

}
