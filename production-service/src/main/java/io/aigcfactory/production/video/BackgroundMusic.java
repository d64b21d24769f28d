package io.aigcfactory.production.video;

import java.util.Objects;

/**
 * Music a brand supplied for its videos, as decoded sound: played from its start,
 * repeated with a crossfade when the video runs longer, faded in and out at the video's
 * ends, and scaled so that its peak is 1, as the generated bed is, so that the configured
 * level applies to both alike.
 *
 * @param samples mono samples within [-1, 1]
 * @param sampleRate samples per second
 */
public record BackgroundMusic(float[] samples, int sampleRate) {

	static final double CROSSFADE_SECONDS = 0.5;

	static final double FADE_SECONDS = 1.0;

	public BackgroundMusic {
		Objects.requireNonNull(samples, "samples");
		if (samples.length == 0 || sampleRate <= 0) {
			throw new IllegalArgumentException("Music needs samples and a positive sample rate");
		}
	}

	/**
	 * @param rate the video's audio sample rate
	 * @param length how many samples the video's sound has
	 * @return the music at that rate and length, its loudest sample at ±1
	 */
	float[] render(int rate, int length) {
		float[] source = resampled(rate);
		float[] bed = new float[length];
		int crossfade = (int) Math.min(source.length / 4, Math.round(CROSSFADE_SECONDS * rate));
		int period = source.length - crossfade;
		for (int start = 0; start < length; start += period) {
			for (int i = 0; i < source.length && start + i < length; i++) {
				double gain = 1;
				if (start > 0 && i < crossfade) {
					gain = (double) i / crossfade;
				}
				else if (i >= period && start + period < length) {
					gain = (double) (source.length - i) / crossfade;
				}
				bed[start + i] += (float) (source[i] * gain);
			}
		}
		return faded(bed, (int) Math.round(FADE_SECONDS * rate));
	}

	/** The samples at another rate, by linear interpolation. */
	private float[] resampled(int rate) {
		if (rate == this.sampleRate) {
			return this.samples;
		}
		int length = (int) Math.max(1, (long) this.samples.length * rate / this.sampleRate);
		float[] out = new float[length];
		double step = (double) this.sampleRate / rate;
		for (int i = 0; i < length; i++) {
			double position = i * step;
			int at = Math.min((int) position, this.samples.length - 1);
			int next = Math.min(at + 1, this.samples.length - 1);
			double fraction = position - at;
			out[i] = (float) (this.samples[at] + (this.samples[next] - this.samples[at]) * fraction);
		}
		return out;
	}

	private static float[] faded(float[] bed, int fade) {
		double peak = 0;
		for (float value : bed) {
			peak = Math.max(peak, Math.abs(value));
		}
		for (int i = 0; i < bed.length; i++) {
			double edge = Math.min(1, Math.min(i, bed.length - 1 - i) / (double) Math.max(1, fade));
			bed[i] = (float) ((peak > 0) ? edge * bed[i] / peak : 0);
		}
		return bed;
	}

}
