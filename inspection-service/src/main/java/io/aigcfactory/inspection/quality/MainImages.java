package io.aigcfactory.inspection.quality;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.platform.storage.BlobStore;

import org.springframework.stereotype.Component;

/**
 * Reads and decodes an asset's first main image, for the checks that look at its pixels
 * (the quality gate and the image fingerprint): decoded once, used by both.
 */
@Component
public class MainImages {

	private final BlobStore blobs;

	MainImages(BlobStore blobs) {
		this.blobs = blobs;
	}

	/** The decoded first main image; empty when there is none or it cannot be read. */
	public Optional<BufferedImage> read(List<Rendition> renditions) {
		Optional<Rendition> main = renditions.stream()
			.filter((rendition) -> rendition.kind() == RenditionKind.MAIN_IMAGE)
			.findFirst();
		if (main.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(this.blobs.read(main.get().uri()))));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
