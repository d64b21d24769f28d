package io.aigcfactory.platform.modelcache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The long-tail tier: one file per output under
 * {@code <directory>/<type>/<first two hex digits>/<digest>}, holding the instant it
 * expires (8 bytes, epoch milliseconds) and then the output. Files are written to a
 * temporary name and moved into place, so a reader sees a whole entry or none; an expired
 * entry is deleted when it is read. The files outlive the process, so a restarted service
 * finds what it cached before.
 */
final class DiskCacheTier {

	private final Path directory;

	private final Clock clock;

	DiskCacheTier(Path directory, Clock clock) {
		this.directory = directory.toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** The entry under the key, unless there is none or it has expired. */
	Optional<Entry> get(ModelCacheKey key) {
		Path file = file(key);
		byte[] stored;
		try {
			stored = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the cached output " + file, ex);
		}
		if (stored.length < Long.BYTES) {
			delete(file);
			return Optional.empty();
		}
		Instant expiresAt = Instant.ofEpochMilli(ByteBuffer.wrap(stored, 0, Long.BYTES).getLong());
		if (!expiresAt.isAfter(this.clock.instant())) {
			delete(file);
			return Optional.empty();
		}
		return Optional.of(new Entry(Arrays.copyOfRange(stored, Long.BYTES, stored.length), expiresAt));
	}

	void put(ModelCacheKey key, byte[] output, Instant expiresAt) {
		Path file = file(key);
		try {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), ".put-", ".tmp");
			try {
				Files.write(temporary,
						ByteBuffer.allocate(Long.BYTES + output.length)
							.putLong(expiresAt.toEpochMilli())
							.put(output)
							.array());
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot cache the output " + file, ex);
		}
	}

	private Path file(ModelCacheKey key) {
		return this.directory.resolve(key.type().label()).resolve(key.digest().substring(0, 2)).resolve(key.digest());
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Another reader removed it, or the disk refuses: either way it is a miss.
		}
	}

	/** An output read from disk, with the instant it expires. */
	record Entry(byte[] output, Instant expiresAt) {
	}

}
