package io.aigcfactory.production.video;

import java.time.Duration;

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
 * @param oncePerRequirement whether only a requirement's first produced asset gets the
 * video (rather than every asset), which keeps a catalog's CPU cost to one video per
 * product
 * @param frameRate frames per second
 * @param videoBitrate H.264 bits per second
 * @param narrator {@code espeak}: the offline {@code espeak-ng} voice; {@code none}:
 * captions only
 * @param espeak the {@code espeak-ng} adapter's settings
 */
@Validated
@ConfigurationProperties("aigc.production.video")
public record VideoSettings(boolean enabled, boolean oncePerRequirement, @Min(10) @Max(60) int frameRate,
		@Positive int videoBitrate, @NotNull NarratorKind narrator, @NotNull Espeak espeak) {

	/** Which narrator speaks the videos. */
	public enum NarratorKind {

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

}
