package io.aigcfactory.production.video.espeak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.Narrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Narrates with the {@code espeak-ng} command (Debian package {@code espeak-ng}) and its
 * Mandarin voice {@code cmn}, writing a WAV file that is read back as PCM. Where the
 * command is missing or fails, the video gets captions only.
 */
public final class EspeakNarrator implements Narrator {

	private static final Logger logger = LoggerFactory.getLogger(EspeakNarrator.class);

	private final String command;

	private final String voice;

	private final int wordsPerMinute;

	private final Duration timeout;

	/**
	 * @param command the executable, e.g. {@code espeak-ng}
	 * @param voice the voice, e.g. {@code cmn}
	 * @param wordsPerMinute the speaking rate
	 * @param timeout how long one narration may take
	 */
	public EspeakNarrator(String command, String voice, int wordsPerMinute, Duration timeout) {
		this.command = command;
		this.voice = voice;
		this.wordsPerMinute = wordsPerMinute;
		this.timeout = timeout;
	}

	@Override
	public Narration narrate(String script) {
		Path wav = null;
		try {
			wav = Files.createTempFile("narration", ".wav");
			Process process = new ProcessBuilder(List.of(this.command, "-v", this.voice, "-s",
					Integer.toString(this.wordsPerMinute), "-w", wav.toString(), "--stdin"))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			try (OutputStream in = process.getOutputStream()) {
				in.write(script.getBytes(StandardCharsets.UTF_8));
			}
			if (!process.waitFor(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				logger.warn("espeak-ng took longer than {}: captions only", this.timeout);
				return Narration.none();
			}
			if (process.exitValue() != 0) {
				logger.warn("espeak-ng exited with {}: captions only", process.exitValue());
				return Narration.none();
			}
			return read(Files.readAllBytes(wav));
		}
		catch (IOException | UnsupportedAudioFileException ex) {
			logger.warn("No narration from {} ({}): captions only", this.command, ex.getMessage());
			return Narration.none();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Narration.none();
		}
		finally {
			if (wav != null) {
				try {
					Files.deleteIfExists(wav);
				}
				catch (IOException ex) {
					logger.debug("Cannot delete {}", wav, ex);
				}
			}
		}
	}

	/** Reads a WAV file as 16-bit little-endian mono PCM. */
	private static Narration read(byte[] wav) throws IOException, UnsupportedAudioFileException {
		try (AudioInputStream source = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
			AudioFormat format = source.getFormat();
			AudioFormat pcm = new AudioFormat(format.getSampleRate(), 16, 1, true, false);
			try (AudioInputStream converted = AudioSystem.getAudioInputStream(pcm, source)) {
				byte[] bytes = converted.readAllBytes();
				short[] samples = new short[bytes.length / 2];
				ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
				return new Narration(Narration.Voice.ESPEAK_NG, samples, Math.round(format.getSampleRate()));
			}
		}
	}

}
