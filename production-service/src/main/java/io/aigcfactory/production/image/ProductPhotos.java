package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The product's main photo, read from the blob store, decoded and prepared by
 * {@link PhotoCutout} once per blob: the last {@value #CACHED} prepared photos are kept,
 * since every concept of a product, and every size of each, shows the same one.
 */
@Component
public class ProductPhotos {

	static final int CACHED = 32;

	private final BlobStore blobs;

	private final Map<String, BufferedImage> prepared = new LinkedHashMap<>(CACHED, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
			return size() > CACHED;
		}

	};

	public ProductPhotos(BlobStore blobs) {
		this.blobs = blobs;
	}

	/**
	 * The first of the product's photos, prepared for the stage; null when it has none.
	 * @throws UnusablePhoto when the photo is missing or cannot be decoded
	 */
	public @Nullable BufferedImage mainPhoto(List<String> images) {
		if (images.isEmpty()) {
			return null;
		}
		String uri = images.getFirst();
		synchronized (this.prepared) {
			BufferedImage cached = this.prepared.get(uri);
			if (cached != null) {
				return cached;
			}
		}
		BufferedImage image = PhotoCutout.prepare(decode(uri)).image();
		synchronized (this.prepared) {
			this.prepared.put(uri, image);
		}
		return image;
	}

	private BufferedImage decode(String uri) {
		byte[] content;
		try {
			content = this.blobs.read(uri);
		}
		catch (BlobNotFound | IllegalArgumentException ex) {
			throw new UnusablePhoto("The product photo " + uri + " is not in the blob store", ex);
		}
		try {
			BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(content)));
			if (image == null) {
				throw new UnusablePhoto("The product photo " + uri + " is not an image this service can decode");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UnusablePhoto("The product photo " + uri + " cannot be decoded: " + ex.getMessage(), ex);
		}
	}

}
