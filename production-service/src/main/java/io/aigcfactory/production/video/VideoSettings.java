package io.aigcfactory.production.video;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The promo video's settings.
 *
 * @param enabled whether videos are made for channels whose profile takes one
 * @param oncePerRequirement whether only a requirement's first concept's asset gets the
 * video (rather than every asset), which keeps a catalog's CPU cost to one video per
 * product; when inspection rejects that asset, or production gives up on it, the next
 * concept's asset gets it
 * @param concurrency how many assets with a video each production instance makes at a
 * time, apart from the still assets (each video already draws its frames and encodes them
 * on two threads)
 * @param frameRate frames per second
 * @param videoBitrate H.264 bits per second
 * @param narrator {@code triton}: a text-to-speech model on Triton, {@code espeak} where
 * it fails; {@code espeak}: the offline {@code espeak-ng} voice; {@code none}: captions
 * only
 * @param espeak the {@code espeak-ng} adapter's settings
 * @param triton the Triton adapter's settings
 * @param music the background music under the narration
 */
@Validated
@ConfigurationProperties("aigc.production.video")
public record VideoSettings(boolean enabled, boolean oncePerRequirement, @Min(1) @Max(16) int concurrency,
		@Min(10) @Max(60) int frameRate, @Positive int videoBitrate, @NotNull NarratorKind narrator,
		@NotNull @Valid Espeak espeak, @NotNull @Valid Triton triton, @NotNull @Valid Music music) {

	/** Which narrator speaks the videos. */
	public enum NarratorKind {

		/** A text-to-speech model on Triton; the espeak-ng voice where it fails. */
		TRITON,
		/** The offline espeak-ng voice, captions only where it is missing. */
		ESPEAK,
		/** Captions only. */
		NONE

	}

	/**
	 * @param command the executable
	 * @param voice the voice, {@code cmn} for Mandarin
	 * @param wordsPerMinute the speaking rate
	 * @param timeout how long one narration may take
	 */
	public record Espeak(@NotBlank String command, @NotBlank String voice, @Min(80) @Max(450) int wordsPerMinute,
			@NotNull Duration timeout) {

	}

	/**
	 * @param model the inference model's settings key, configured under
	 * {@code aigc.inference.models.<model>}
	 * @param deadline how long a video waits for its narration before it falls back to
	 * the espeak-ng voice
	 */
	public record Triton(@NotBlank String model, @NotNull Duration deadline) {

	}

	/**
	 * A soft chord pad generated for each video, mixed under the narration and ducked
	 * while someone speaks.
	 *
	 * @param enabled whether videos get the music bed
	 * @param levelDb the bed's peak level in dB below full scale
	 * @param duckingDb how far the bed drops while the narration speaks
	 * @param release how long the bed takes to come back up after speech
	 */
	public record Music(boolean enabled, @DecimalMin("-60") @DecimalMax("0") double levelDb,
			@DecimalMin("0") @DecimalMax("40") double duckingDb, @NotNull Duration release) {

		public Music {
			if (release != null && (release.isNegative() || release.compareTo(Duration.ofSeconds(5)) > 0)) {
				throw new IllegalArgumentException(
						"aigc.production.video.music.release must be within 0..5s, was " + release);
			}
		}

	}

}
