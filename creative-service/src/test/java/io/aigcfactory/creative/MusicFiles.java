package io.aigcfactory.creative;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/** Audio files for the music tests: a tone as AAC in MP4 or as WAV, and WAV read back. */
final class MusicFiles {

	private MusicFiles() {
	}

	/** A sine tone encoded as AAC in an M4A container by FFmpeg. */
	static byte[] aac(double seconds, double hertz, int sampleRate, int channels) throws Exception {
		Path file = Files.createTempFile("music", ".m4a");
		try {
			try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), channels)) {
				recorder.setFormat("mp4");
				recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
				recorder.setSampleRate(sampleRate);
				recorder.setAudioBitrate(128_000);
				recorder.start();
				short[] tone = tone(seconds, hertz, sampleRate, 0.5);
				short[] interleaved = new short[tone.length * channels];
				for (int i = 0; i < tone.length; i++) {
					for (int c = 0; c < channels; c++) {
						interleaved[i * channels + c] = tone[i];
					}
				}
				recorder.recordSamples(sampleRate, channels, ShortBuffer.wrap(interleaved));
				recorder.stop();
			}
			return Files.readAllBytes(file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** A sine tone (amplitude 0 for silence) as mono 16-bit PCM WAV. */
	static byte[] wav(double seconds, double hertz, int sampleRate, double amplitude) throws Exception {
		short[] tone = tone(seconds, hertz, sampleRate, amplitude);
		byte[] pcm = new byte[tone.length * 2];
		for (int i = 0; i < tone.length; i++) {
			pcm[2 * i] = (byte) tone[i];
			pcm[2 * i + 1] = (byte) (tone[i] >> 8);
		}
		AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, tone.length),
				AudioFileFormat.Type.WAVE, out);
		return out.toByteArray();
	}

	static Pcm read(byte[] wav) throws Exception {
		try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
			AudioFormat format = in.getFormat();
			byte[] bytes = in.readAllBytes();
			short[] samples = new short[bytes.length / 2];
			for (int i = 0; i < samples.length; i++) {
				samples[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
			}
			return new Pcm((int) format.getSampleRate(), format.getChannels(), samples);
		}
	}

	private static short[] tone(double seconds, double hertz, int sampleRate, double amplitude) {
		short[] samples = new short[(int) Math.round(seconds * sampleRate)];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = (short) Math
				.round(amplitude * Short.MAX_VALUE * Math.sin(2 * Math.PI * hertz * i / sampleRate));
		}
		return samples;
	}

	record Pcm(int sampleRate, int channels, short[] samples) {

		double seconds() {
			return this.samples.length / (double) this.sampleRate;
		}

		/** Sign changes per second over the middle of the sound, away from any fade. */
		double zeroCrossingsPerSecond() {
			int from = this.samples.length / 4;
			int to = this.samples.length * 3 / 4;
			int crossings = 0;
			for (int i = from + 1; i < to; i++) {
				if ((this.samples[i - 1] < 0) != (this.samples[i] < 0)) {
					crossings++;
				}
			}
			return crossings * (double) this.sampleRate / (to - from);
		}

	}

}
