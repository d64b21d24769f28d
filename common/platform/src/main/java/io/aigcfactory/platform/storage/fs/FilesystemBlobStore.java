package io.aigcfactory.platform.storage.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.platform.storage.StoredBlob;

/**
 * Keeps blobs as files under a root directory. Writes go to a temporary file first and
 * are moved into place, so a reader never sees half a file.
 */
public class FilesystemBlobStore implements BlobStore {

	private final Path root;

	public FilesystemBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public StoredBlob put(String key, byte[] content, String mediaType) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".put-", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store " + key, ex);
		}
		return new StoredBlob(SCHEME + key, content.length, ContentDigests.sha256(content), mediaType);
	}

	@Override
	public InputStream open(String uri) {
		try {
			return Files.newInputStream(resolve(BlobStore.keyOf(uri)));
		}
		catch (NoSuchFileException ex) {
			throw new BlobNotFound(uri);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + uri, ex);
		}
	}

	@Override
	public byte[] read(String uri) {
		try (InputStream in = open(uri)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + uri, ex);
		}
	}

	@Override
	public boolean exists(String uri) {
		return Files.isRegularFile(resolve(BlobStore.keyOf(uri)));
	}

	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (key.isBlank() || !path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Not a key inside the store: " + key);
		}
		return path;
	}

}
