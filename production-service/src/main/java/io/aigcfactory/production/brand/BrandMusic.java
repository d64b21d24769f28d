package io.aigcfactory.production.brand;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.production.video.BackgroundMusic;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brand music read from the blob store, where creative kept it as mono 16-bit PCM WAV
 * when it was uploaded, decoded and cached per URI: a music file's URI names its content,
 * so a cached one never goes stale. Music that is gone or does not decode is left out of
 * the video (the generated bed plays where configured) rather than failing the asset.
 */
@Component
public class BrandMusic {

	private static final Logger logger = LoggerFactory.getLogger(BrandMusic.class);

	/** About 2 minutes of 22.05 kHz music in all: a few brands' tracks. */
	private static final long CACHED_SAMPLES = 3_000_000;

	private final BlobStore blobs;

	private final Cache<String, Optional<BackgroundMusic>> decoded;

	BrandMusic(BlobStore blobs) {
		this.blobs = blobs;
		this.decoded = Caffeine.newBuilder()
			.maximumWeight(CACHED_SAMPLES)
			.<String, Optional<BackgroundMusic>>weigher(
					(uri, music) -> music.map((track) -> track.samples().length).orElse(1))
			.build();
	}

	/** The decoded music at a URI, or {@code null} without one. */
	public @Nullable BackgroundMusic music(@Nullable String uri) {
		if (uri == null) {
			return null;
		}
		return this.decoded.get(uri, this::decode).orElse(null);
	}

	private Optional<BackgroundMusic> decode(String uri) {
		try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(this.blobs.read(uri)))) {
			AudioFormat format = in.getFormat();
			if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16) {
				logger.warn("Brand music {} is {} rather than 16-bit PCM; videos go without it", uri, format);
				return Optional.empty();
			}
			return Optional.of(new BackgroundMusic(mono(in.readAllBytes(), format), (int) format.getSampleRate()));
		}
		catch (BlobNotFound | IOException | UnsupportedAudioFileException | IllegalArgumentException ex) {
			logger.warn("Brand music {} cannot be read ({}); videos go without it", uri, ex.getMessage());
			return Optional.empty();
		}
	}

	private static float[] mono(byte[] pcm, AudioFormat format) {
		int channels = format.getChannels();
		boolean bigEndian = format.isBigEndian();
		int frames = pcm.length / (2 * channels);
		float[] samples = new float[frames];
		for (int frame = 0; frame < frames; frame++) {
			double sum = 0;
			for (int channel = 0; channel < channels; channel++) {
				int at = 2 * (frame * channels + channel);
				int low = pcm[bigEndian ? at + 1 : at] & 0xFF;
				int high = pcm[bigEndian ? at : at + 1];
				sum += (short) ((high << 8) | low);
			}
			samples[frame] = (float) (sum / channels / Short.MAX_VALUE);
		}
		return samples;
	}

}
