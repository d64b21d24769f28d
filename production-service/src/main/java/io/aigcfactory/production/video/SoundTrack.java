package io.aigcfactory.production.video;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * A video's sound: the narration, cut or padded with silence to the video's length, over
 * the brand's own music where its kit has some, else the generated music bed where the
 * settings ask for one. The bed plays at its configured level and drops by the ducking
 * depth while the narration speaks: it starts down {@value #ATTACK_MILLIS} ms before each
 * spoken stretch, so that no word starts over the full bed, and comes back up over the
 * configured release.
 */
final class SoundTrack {

	static final int WINDOW_MILLIS = 10;

	static final int ATTACK_MILLIS = 60;

	/** A window whose RMS is above this share of full scale holds speech (-40 dBFS). */
	static final double SPEECH_RMS = 0.01;

	private final VideoSettings.Music music;

	SoundTrack(VideoSettings.Music music) {
		this.music = music;
	}

	/** No music: the narration alone. */
	static SoundTrack narrationOnly() {
		return new SoundTrack(new VideoSettings.Music(false, -20, 12, Duration.ofMillis(400)));
	}

	/**
	 * @param narration what is said
	 * @param durationMillis how long the video runs
	 * @param brandMusic the brand's music, or {@code null} for the generated bed
	 * @return 16-bit mono samples at the narration's rate
	 */
	short[] mix(Narration narration, long durationMillis, @Nullable BackgroundMusic brandMusic) {
		int rate = narration.sampleRate();
		short[] track = new short[(int) (durationMillis * rate / 1000)];
		short[] speech = narration.samples();
		System.arraycopy(speech, 0, track, 0, Math.min(track.length, speech.length));
		if ((brandMusic == null && !this.music.enabled()) || track.length == 0) {
			return track;
		}
		float[] bed = (brandMusic != null) ? brandMusic.render(rate, track.length)
				: MusicBed.render(rate, track.length);
		double level = Math.pow(10, this.music.levelDb() / 20) * Short.MAX_VALUE;
		int window = Math.max(1, rate * WINDOW_MILLIS / 1000);
		double[] gains = gains(track, window);
		for (int i = 0; i < track.length; i++) {
			double position = (double) i / window;
			int w = Math.min((int) position, gains.length - 1);
			double next = gains[Math.min(w + 1, gains.length - 1)];
			double gain = gains[w] + (next - gains[w]) * (position - w);
			track[i] = (short) Math.clamp(Math.round(track[i] + bed[i] * level * gain), Short.MIN_VALUE,
					Short.MAX_VALUE);
		}
		return track;
	}

	/** The bed's gain per window: 1 in silence, ducked under speech, ramped between. */
	private double[] gains(short[] speech, int window) {
		int windows = (speech.length + window - 1) / window;
		boolean[] speaking = new boolean[windows];
		for (int w = 0; w < windows; w++) {
			speaking[w] = rms(speech, w * window, Math.min(speech.length, (w + 1) * window)) > SPEECH_RMS;
		}
		double ducked = Math.pow(10, -this.music.duckingDb() / 20);
		int attack = ATTACK_MILLIS / WINDOW_MILLIS;
		double down = (1 - ducked) / attack;
		long releaseWindows = this.music.release().toMillis() / WINDOW_MILLIS;
		double up = (releaseWindows > 0) ? (1 - ducked) / releaseWindows : 1;
		double[] gains = new double[windows];
		double gain = 1;
		for (int w = 0; w < windows; w++) {
			boolean ahead = false;
			for (int k = w; k < Math.min(windows, w + attack + 1) && !ahead; k++) {
				ahead = speaking[k];
			}
			gain = ahead ? Math.max(ducked, gain - down) : Math.min(1, gain + up);
			gains[w] = gain;
		}
		return gains;
	}

	private static double rms(short[] samples, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			double value = samples[i] / (double) Short.MAX_VALUE;
			sum += value * value;
		}
		return (to > from) ? Math.sqrt(sum / (to - from)) : 0;
	}

}
