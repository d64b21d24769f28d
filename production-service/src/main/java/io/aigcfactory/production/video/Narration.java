package io.aigcfactory.production.video;

/**
 * Spoken text as 16-bit mono PCM, or none.
 *
 * @param voice who spoke it
 * @param samples the samples, empty for {@link Voice#NONE}
 * @param sampleRate samples per second
 */
public record Narration(Voice voice, short[] samples, int sampleRate) {

	/** No narration: the video carries captions only. */
	public static Narration none() {
		return new Narration(Voice.NONE, new short[0], 22_050);
	}

	public long durationMillis() {
		return (this.sampleRate > 0) ? this.samples.length * 1000L / this.sampleRate : 0;
	}

	/** Who narrated a video; recorded on its asset. */
	public enum Voice {

		/** The offline {@code espeak-ng} Mandarin voice. */
		ESPEAK_NG,
		/** No TTS engine was available: captions only. */
		NONE

	}

}
