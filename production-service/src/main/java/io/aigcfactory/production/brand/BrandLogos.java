package io.aigcfactory.production.brand;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brand logos decoded from the blob store, cached per URI: a logo's URI names its
 * content, so a cached logo never goes stale. A logo that is gone or does not decode is
 * left out of the image rather than failing the asset.
 */
@Component
public class BrandLogos {

	private static final Logger logger = LoggerFactory.getLogger(BrandLogos.class);

	private final BlobStore blobs;

	private final Cache<String, Optional<BufferedImage>> decoded;

	BrandLogos(BlobStore blobs, BrandSettings settings) {
		this.blobs = blobs;
		this.decoded = Caffeine.newBuilder().maximumSize(settings.logoCacheSize()).build();
	}

	/** The decoded logo at a URI, or {@code null} without one. */
	public @Nullable BufferedImage logo(@Nullable String uri) {
		if (uri == null) {
			return null;
		}
		return this.decoded.get(uri, this::decode).orElse(null);
	}

	private Optional<BufferedImage> decode(String uri) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(this.blobs.read(uri)));
			if (image == null) {
				logger.warn("Brand logo {} does not decode; images go without it", uri);
			}
			return Optional.ofNullable(image);
		}
		catch (BlobNotFound | IOException ex) {
			logger.warn("Brand logo {} cannot be read ({}); images go without it", uri, ex.getMessage());
			return Optional.empty();
		}
	}

}
