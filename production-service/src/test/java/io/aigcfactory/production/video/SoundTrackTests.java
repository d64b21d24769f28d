package io.aigcfactory.production.video;

import java.time.Duration;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The sound track: the narration alone, or over the generated music bed or the brand's
 * own music at its level and ducked under speech; and the music settings that are
 * refused.
 */
class SoundTrackTests {

	private static final int RATE = 16_000;

	/** 1 s of silence, 2 s of a loud tone, then silence, in a 5 s video. */
	private static final Narration SPEECH = new Narration(Narration.Voice.TRITON, speech(), RATE);

	@Test
	void withoutMusicTheTrackIsTheNarrationPaddedWithSilence() {
		short[] track = new SoundTrack(music(false, -20, 12)).mix(SPEECH, 5_000, null);

		assertThat(track).hasSize(5 * RATE);
		assertThat(java.util.Arrays.copyOf(track, SPEECH.samples().length)).isEqualTo(SPEECH.samples());
		assertThat(rms(track, 3 * RATE, 5 * RATE)).isZero();
	}

	@Test
	void theBedPlaysAtItsLevelAndDropsByTheDuckingDepthUnderSpeech() {
		short[] track = new SoundTrack(music(true, -20, 12)).mix(SPEECH, 20_000, null);
		short[] bed = new short[track.length];
		for (int i = 0; i < track.length; i++) {
			bed[i] = (short) (track[i] - ((i < SPEECH.samples().length) ? SPEECH.samples()[i] : 0));
		}
		double peak = 0;
		for (int i = 4 * RATE; i < 18 * RATE; i++) {
			peak = Math.max(peak, Math.abs(bed[i]) / (double) Short.MAX_VALUE);
		}
		assertThat(20 * Math.log10(peak)).as("the bed's peak in dBFS, away from speech").isCloseTo(-20, within(1.0));

		double open = rms(bed, (int) (3.5 * RATE), 4 * RATE);
		double underSpeech = rms(bed, (int) (1.5 * RATE), 2 * RATE);
		assertThat(20 * Math.log10(underSpeech / open)).as("ducking in dB").isCloseTo(-12, within(2.5));
		assertThat(rms(bed, RATE - RATE / 100, RATE) / open).as("already down when speech starts").isLessThan(0.35);
	}

	@Test
	void theBrandsMusicReplacesTheBedResampledRepeatedAndDucked() {
		// 3 s of a 1 kHz tone at 22.05 kHz, as creative keeps uploads, under a 20 s video
		// at 16 kHz; the generated bed is switched off, the brand's music plays anyway.
		int musicRate = 22_050;
		float[] tone = new float[3 * musicRate];
		for (int i = 0; i < tone.length; i++) {
			tone[i] = (float) (0.25 * Math.sin(2 * Math.PI * 1000 * i / musicRate));
		}
		short[] track = new SoundTrack(music(false, -20, 12)).mix(SPEECH, 20_000, new BackgroundMusic(tone, musicRate));
		short[] bed = new short[track.length];
		for (int i = 0; i < track.length; i++) {
			bed[i] = (short) (track[i] - ((i < SPEECH.samples().length) ? SPEECH.samples()[i] : 0));
		}
		double peak = 0;
		for (int i = 4 * RATE; i < 18 * RATE; i++) {
			peak = Math.max(peak, Math.abs(bed[i]) / (double) Short.MAX_VALUE);
		}
		assertThat(20 * Math.log10(peak)).as("the music's peak in dBFS, scaled to the level")
			.isCloseTo(-20, within(1.0));
		// Still the tone after resampling, and still playing long after its 3 s ran out.
		assertThat(crossingsPerSecond(bed, 4 * RATE, 5 * RATE)).isCloseTo(2000, within(40.0));
		assertThat(crossingsPerSecond(bed, 15 * RATE, 16 * RATE)).isCloseTo(2000, within(40.0));
		assertThat(rms(bed, 15 * RATE, 16 * RATE) / rms(bed, 4 * RATE, 5 * RATE)).isCloseTo(1.0, within(0.15));
		double underSpeech = rms(bed, (int) (1.5 * RATE), 2 * RATE);
		assertThat(20 * Math.log10(underSpeech / rms(bed, (int) (3.5 * RATE), 4 * RATE))).as("ducking in dB")
			.isCloseTo(-12, within(2.5));
	}

	@Test
	void musicSettingsOutOfRangeAreRefused() {
		Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
		assertThat(violations(validator, music(true, 3, 12))).containsExactly("levelDb");
		assertThat(violations(validator, music(true, -20, -1))).containsExactly("duckingDb");
		assertThat(violations(validator, music(true, -80, 50))).containsExactlyInAnyOrder("levelDb", "duckingDb");
		assertThat(violations(validator, music(true, -20, 12))).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new VideoSettings.Music(true, -20, 12, Duration.ofSeconds(9)))
			.withMessageContaining("aigc.production.video.music.release");
	}

	private static Set<String> violations(Validator validator, VideoSettings.Music music) {
		return validator.validate(music)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static VideoSettings.Music music(boolean enabled, double levelDb, double duckingDb) {
		return new VideoSettings.Music(enabled, levelDb, duckingDb, Duration.ofMillis(400));
	}

	private static short[] speech() {
		short[] samples = new short[3 * RATE];
		for (int i = RATE; i < 3 * RATE; i++) {
			samples[i] = (short) (12_000 * Math.sin(2 * Math.PI * 300 * i / RATE));
		}
		return samples;
	}

	private static double crossingsPerSecond(short[] samples, int from, int to) {
		int crossings = 0;
		for (int i = from + 1; i < to; i++) {
			if ((samples[i - 1] < 0) != (samples[i] < 0)) {
				crossings++;
			}
		}
		return crossings * (double) RATE / (to - from);
	}

	private static double rms(short[] samples, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += (double) samples[i] * samples[i];
		}
		return Math.sqrt(sum / (to - from));
	}

}
