package io.aigcfactory.production.video;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A soft chord pad made in code, so that no music file of unknown licence ships: the
 * progression C – Am – F – G, each chord {@value #CHORD_SECONDS} s with crossfades, each
 * note two slightly detuned sines and a quiet octave, faded in and out at the ends and
 * scaled so that its peak is 1. The bed depends only on the sample rate and the length,
 * so each one drawn is kept and handed out again (up to {@value #KEPT}, all forgotten
 * when one more is needed): every video of one length shares one.
 */
final class MusicBed {

	/** How many beds are kept, by sample rate and length. */
	private static final int KEPT = 8;

	private static final Map<Long, float[]> BEDS = new ConcurrentHashMap<>();

	static final double CHORD_SECONDS = 2.4;

	private static final double CROSSFADE_SECONDS = 0.6;

	private static final double FADE_SECONDS = 1.0;

	private static final double DETUNE = 0.0015;

	/** MIDI notes of each chord, low to high. */
	private static final int[][] CHORDS = { { 48, 55, 60, 64 }, { 45, 57, 60, 64 }, { 41, 57, 60, 65 },
			{ 43, 55, 59, 62 } };

	private MusicBed() {
	}

	/**
	 * @param sampleRate samples per second
	 * @param length how many samples
	 * @return the pad, within [-1, 1], its loudest sample at ±1; shared, not to be
	 * changed
	 */
	static float[] render(int sampleRate, int length) {
		long key = ((long) sampleRate << 32) | length;
		float[] bed = BEDS.get(key);
		if (bed == null) {
			bed = draw(sampleRate, length);
			if (BEDS.size() >= KEPT) {
				BEDS.clear();
			}
			BEDS.put(key, bed);
		}
		return bed;
	}

	private static float[] draw(int sampleRate, int length) {
		double[] mixed = new double[length];
		int chordSamples = (int) Math.round(CHORD_SECONDS * sampleRate);
		int crossfade = (int) Math.round(CROSSFADE_SECONDS * sampleRate);
		for (int start = 0, chord = 0; start < length; start += chordSamples, chord++) {
			int from = Math.max(0, start - crossfade / 2);
			int to = Math.min(length, start + chordSamples + crossfade / 2);
			for (int note : CHORDS[chord % CHORDS.length]) {
				addNote(mixed, frequency(note), sampleRate, from, to, crossfade);
			}
		}
		return normalised(mixed, (int) Math.round(FADE_SECONDS * sampleRate));
	}

	static double frequency(int midiNote) {
		return 440 * Math.pow(2, (midiNote - 69) / 12.0);
	}

	private static void addNote(double[] mixed, double frequency, int sampleRate, int from, int to, int crossfade) {
		double low = 2 * Math.PI * frequency * (1 - DETUNE) / sampleRate;
		double high = 2 * Math.PI * frequency * (1 + DETUNE) / sampleRate;
		double octave = 4 * Math.PI * frequency / sampleRate;
		for (int i = from; i < to; i++) {
			double envelope = Math.min(1, Math.min(i - from, to - 1 - i) / (double) crossfade);
			envelope = 0.5 - 0.5 * Math.cos(Math.PI * envelope);
			mixed[i] += envelope * (Math.sin(low * i) + Math.sin(high * i) + 0.25 * Math.sin(octave * i));
		}
	}

	private static float[] normalised(double[] mixed, int fade) {
		double peak = 0;
		for (double value : mixed) {
			peak = Math.max(peak, Math.abs(value));
		}
		float[] pad = new float[mixed.length];
		for (int i = 0; i < mixed.length; i++) {
			double edge = Math.min(1, Math.min(i, mixed.length - 1 - i) / (double) fade);
			pad[i] = (float) ((peak > 0) ? edge * mixed[i] / peak : 0);
		}
		return pad;
	}

}
