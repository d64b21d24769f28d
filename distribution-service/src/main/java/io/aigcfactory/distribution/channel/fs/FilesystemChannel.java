package io.aigcfactory.distribution.channel.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.aigcfactory.distribution.channel.Channel;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports each asset's files for this channel (those made for every channel and for this
 * one) into {@code <directory>/<sku>/<assetId>/} and appends one line per publication,
 * listing them, to {@code <directory>/manifest.jsonl}. Files are written before their
 * manifest line, so every line names complete files.
 */
public class FilesystemChannel implements Channel {

	/** The manifest's file name. */
	public static final String MANIFEST = "manifest.jsonl";

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]");

	private final String id;

	private final Path directory;

	private final BlobStore blobs;

	private final JsonMapper json;

	private final Clock clock;

	public FilesystemChannel(String id, Path directory, BlobStore blobs, JsonMapper json, Clock clock) {
		this.id = id;
		this.directory = directory.toAbsolutePath().normalize();
		this.blobs = blobs;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String publish(Delivery delivery) {
		AssetInspected asset = delivery.asset();
		Path folder = this.directory.resolve(safe(asset.product().sku())).resolve(asset.assetId().toString());
		try {
			Files.createDirectories(folder);
			for (Rendition file : delivery.filesFor(this.id)) {
				copy(file, folder.resolve(safe(file.name())));
			}
			appendToManifest(manifestLine(delivery, folder));
		}
		catch (IOException | UncheckedIOException ex) {
			throw new DeliveryFailed("Cannot export to " + folder + ": " + ex.getMessage(), true, ex);
		}
		catch (BlobNotFound ex) {
			throw new DeliveryFailed(ex.getMessage(), false, ex);
		}
		return this.directory.relativize(folder).toString().replace('\\', '/');
	}

	private void copy(Rendition file, Path target) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try (InputStream in = this.blobs.open(file.uri())) {
			Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private String manifestLine(Delivery delivery, Path folder) {
		AssetInspected asset = delivery.asset();
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("publicationId", delivery.publicationId().toString());
		line.put("assetId", asset.assetId().toString());
		line.put("requirementId", asset.requirementId().toString());
		line.put("sku", asset.product().sku());
		line.put("title", asset.product().title());
		line.put("brand", asset.product().brand());
		line.put("category", asset.product().category());
		line.put("angle", asset.angle().name());
		line.put("folder", this.directory.relativize(folder).toString().replace('\\', '/'));
		line.put("files", delivery.filesFor(this.id).stream().map(FilesystemChannel::manifestEntry).toList());
		line.put("publishedAt", Instant.now(this.clock).toString());
		return this.json.writeValueAsString(line) + "\n";
	}

	private static Map<String, Object> manifestEntry(Rendition file) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", safe(file.name()));
		entry.put("kind", file.kind().name());
		entry.put("mediaType", file.mediaType());
		entry.put("bytes", file.bytes());
		entry.put("sha256", file.sha256());
		if (file.width() > 0) {
			entry.put("width", file.width());
			entry.put("height", file.height());
		}
		if (file.durationMillis() > 0) {
			entry.put("durationMillis", file.durationMillis());
		}
		return entry;
	}

	private synchronized void appendToManifest(String line) throws IOException {
		// One write per line: a reader never sees half a line from this process.
		Files.write(this.directory.resolve(MANIFEST), line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
				StandardOpenOption.APPEND, StandardOpenOption.WRITE);
	}

	static String safe(String name) {
		String safe = UNSAFE.matcher(name).replaceAll("_");
		return (safe.isEmpty() || safe.startsWith(".")) ? "_" + safe : safe;
	}

}
