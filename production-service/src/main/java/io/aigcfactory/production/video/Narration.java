package io.aigcfactory.production.video;

import org.jspecify.annotations.Nullable;

/**
 * Spoken text as 16-bit mono PCM, or none.
 *
 * @param voice who spoke it
 * @param samples the samples, empty for {@link Voice#NONE}
 * @param sampleRate samples per second
 * @param fallback why this voice replaced the configured one, e.g.
 * {@code DEADLINE_EXCEEDED: ...}; {@code null} when nothing fell back
 */
public record Narration(Voice voice, short[] samples, int sampleRate, @Nullable String fallback) {

	/** A narration by the configured voice. */
	public Narration(Voice voice, short[] samples, int sampleRate) {
		this(voice, samples, sampleRate, null);
	}

	/** No narration: the video carries captions only. */
	public static Narration none() {
		return new Narration(Voice.NONE, new short[0], 22_050);
	}

	/** This narration, standing in for the configured voice for the reason given. */
	public Narration fellBack(String reason) {
		return new Narration(this.voice, this.samples, this.sampleRate, reason);
	}

	public long durationMillis() {
		return (this.sampleRate > 0) ? this.samples.length * 1000L / this.sampleRate : 0;
	}

	/** Who narrated a video; recorded on its asset. */
	public enum Voice {

		/** A text-to-speech model on Triton, through the shared batcher. */
		TRITON,
		/** The offline {@code espeak-ng} Mandarin voice. */
		ESPEAK_NG,
		/** No TTS engine was available: captions only. */
		NONE

	}

}
