package io.aigcfactory.creative.brand;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.Buffer;
import java.nio.ShortBuffer;
import java.time.Duration;
import java.util.Arrays;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import io.aigcfactory.platform.web.InvalidInput;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.jspecify.annotations.Nullable;

/**
 * Accepts a brand's music only if FFmpeg decodes it to sound within the limits: any audio
 * format FFmpeg reads (MP3, AAC/M4A, WAV, FLAC, Ogg…), with an audio stream, not longer
 * or shorter than allowed, not silent. What is kept is the decoded sound, mono 16-bit PCM
 * at {@value #SAMPLE_RATE} Hz in a WAV file, so that production reads one format it knows
 * without FFmpeg and a file that decoded once cannot fail later.
 */
final class MusicCheck {

	static final int SAMPLE_RATE = 22_050;

	private final long maxBytes;

	private final Duration maxLength;

	private final Duration minLength;

	MusicCheck(BrandSettings settings) {
		this.maxBytes = settings.maxMusicSize().toBytes();
		this.maxLength = settings.maxMusicLength();
		this.minLength = settings.minMusicLength();
	}

	/**
	 * The music, decoded and kept as WAV.
	 * @param field the request field the bytes came in, as problems name it
	 * @throws InvalidInput when the bytes are missing, too large, not audio, too long,
	 * too short or silent
	 */
	Music check(String field, byte @Nullable [] file) {
		if (file == null || file.length == 0) {
			throw InvalidInput.of(field, "is missing: send the music as an audio/* body or a multipart part 'file'");
		}
		if (file.length > this.maxBytes) {
			throw InvalidInput.of(field, "is larger than " + this.maxBytes / (1024 * 1024) + " MB");
		}
		short[] samples = decode(field, file);
		long millis = samples.length * 1000L / SAMPLE_RATE;
		if (millis < this.minLength.toMillis()) {
			throw InvalidInput.of(field,
					"holds " + millis + " ms of sound; music must run at least " + this.minLength.toMillis() + " ms");
		}
		int peak = 0;
		for (short sample : samples) {
			peak = Math.max(peak, Math.abs(sample));
		}
		if (peak == 0) {
			throw InvalidInput.of(field, "is silent");
		}
		return new Music(wav(samples), Duration.ofMillis(millis));
	}

	private short[] decode(String field, byte[] file) {
		long limit = this.maxLength.toMillis() * SAMPLE_RATE / 1000;
		short[] samples = new short[SAMPLE_RATE * 30];
		int count = 0;
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(file), file.length)) {
			grabber.setSampleMode(FrameGrabber.SampleMode.SHORT);
			grabber.setSampleRate(SAMPLE_RATE);
			grabber.setAudioChannels(1);
			try {
				grabber.start();
			}
			catch (FrameGrabber.Exception ex) {
				throw InvalidInput.of(field, "is not an audio file FFmpeg can read");
			}
			if (!grabber.hasAudio()) {
				throw InvalidInput.of(field, "has no audio stream");
			}
			Frame frame;
			while ((frame = grabber.grabSamples()) != null) {
				Buffer[] buffers = frame.samples;
				if (buffers == null || buffers.length == 0 || !(buffers[0] instanceof ShortBuffer buffer)) {
					continue;
				}
				int length = buffer.remaining();
				if (count + length > limit) {
					throw InvalidInput.of(field,
							"runs longer than " + describe(this.maxLength) + ", the longest music a kit may hold");
				}
				if (count + length > samples.length) {
					samples = Arrays.copyOf(samples, Math.max(count + length, samples.length * 2));
				}
				buffer.get(samples, count, length);
				count += length;
			}
		}
		catch (FrameGrabber.Exception ex) {
			throw InvalidInput.of(field, "cannot be decoded as audio: " + ex.getMessage());
		}
		return Arrays.copyOf(samples, count);
	}

	private static String describe(Duration length) {
		return (length.toSeconds() % 60 == 0 && length.toSeconds() >= 60) ? length.toMinutes() + " min"
				: length.toSeconds() + " s";
	}

	private static byte[] wav(short[] samples) {
		byte[] pcm = new byte[samples.length * 2];
		for (int i = 0; i < samples.length; i++) {
			pcm[2 * i] = (byte) samples[i];
			pcm[2 * i + 1] = (byte) (samples[i] >> 8);
		}
		AudioFormat format = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
		ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 64);
		try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
			AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Music as the kit keeps it.
	 *
	 * @param wav mono 16-bit PCM at {@value MusicCheck#SAMPLE_RATE} Hz in a WAV file
	 * @param length how long it runs
	 */
	record Music(byte[] wav, Duration length) {

	}

}
