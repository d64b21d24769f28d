package io.aigcfactory.distribution.channel.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.aigcfactory.distribution.channel.Channel;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.trust.carrier.Labels;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports each asset's files for this channel (those made for every channel and for this
 * one) into {@code <directory>/<sku>/<assetId>/} and appends one line per publication,
 * listing them, to {@code <directory>/manifest.jsonl}. Files are written before their
 * manifest line, so every line names complete files. Each file's implicit AI-generation
 * label (GB 45438-2025) is passed on with this channel as {@code ContentPropagator} and
 * the publication id as {@code PropagateID}; the manifest gives the bytes and SHA-256 of
 * the files as exported. A publication delivered again (after a stop between exporting it
 * and recording that) is exported again over itself and listed once.
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

	private final Labels labels;

	/** The publications the manifest lists, once read from it. */
	private @Nullable Set<String> listed;

	/** Whether the manifest ends in the middle of a line. */
	private boolean tornLine;

	public FilesystemChannel(String id, Path directory, BlobStore blobs, JsonMapper json, Clock clock, Labels labels) {
		this.id = id;
		this.labels = labels;
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
			List<Map<String, Object>> exported = new ArrayList<>();
			for (Rendition file : delivery.filesFor(this.id)) {
				byte[] content = this.labels.propagated(this.blobs.read(file.uri()), this.id,
						delivery.publicationId().toString());
				write(content, folder.resolve(safe(file.name())));
				exported.add(manifestEntry(file, content));
			}
			appendToManifest(delivery.publicationId().toString(), manifestLine(delivery, folder, exported));
		}
		catch (IOException | UncheckedIOException ex) {
			throw new DeliveryFailed("Cannot export to " + folder + ": " + ex.getMessage(), true, ex);
		}
		catch (BlobNotFound ex) {
			throw new DeliveryFailed(ex.getMessage(), false, ex);
		}
		return this.directory.relativize(folder).toString().replace('\\', '/');
	}

	private void write(byte[] content, Path target) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		Files.write(partial, content);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private String manifestLine(Delivery delivery, Path folder, List<Map<String, Object>> files) {
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
		line.put("files", files);
		line.put("publishedAt", Instant.now(this.clock).toString());
		return this.json.writeValueAsString(line) + "\n";
	}

	/**
	 * A manifest entry of a file as exported: its label passed on, so its own size and
	 * hash.
	 */
	private static Map<String, Object> manifestEntry(Rendition file, byte[] content) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", safe(file.name()));
		entry.put("kind", file.kind().name());
		entry.put("mediaType", file.mediaType());
		entry.put("bytes", content.length);
		entry.put("sha256", ContentDigests.sha256(content));
		if (file.width() > 0) {
			entry.put("width", file.width());
			entry.put("height", file.height());
		}
		if (file.durationMillis() > 0) {
			entry.put("durationMillis", file.durationMillis());
		}
		return entry;
	}

	/**
	 * Appends a publication's line unless the manifest lists the publication already: a
	 * delivery is repeated with the same publication id when the service stopped after
	 * exporting it and before recording that, and then its files are written again over
	 * themselves but it gets no second line. The ids listed are read from the manifest at
	 * the first publication and kept in memory.
	 */
	private synchronized void appendToManifest(String publicationId, String line) throws IOException {
		Path manifest = this.directory.resolve(MANIFEST);
		if (this.listed == null) {
			this.listed = listed(manifest);
		}
		if (this.listed.contains(publicationId)) {
			return;
		}
		// A line torn by a crash in the middle of its write is left as it is; the next
		// one
		// starts on a line of its own.
		String whole = (this.tornLine ? "\n" : "") + line;
		// One write per line: a reader never sees half a line from this process.
		Files.write(manifest, whole.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
				StandardOpenOption.APPEND, StandardOpenOption.WRITE);
		this.tornLine = false;
		this.listed.add(publicationId);
	}

	/**
	 * The publication ids of the manifest's lines; notes whether its last line is torn.
	 */
	private Set<String> listed(Path manifest) throws IOException {
		Set<String> ids = new HashSet<>();
		if (!Files.exists(manifest)) {
			return ids;
		}
		try (Stream<String> lines = Files.lines(manifest, StandardCharsets.UTF_8)) {
			lines.forEach((line) -> {
				try {
					String id = this.json.readTree(line).path("publicationId").asString("");
					if (!id.isEmpty()) {
						ids.add(id);
					}
				}
				catch (RuntimeException ex) {
					// A torn line names no publication that was recorded as done.
				}
			});
		}
		try (SeekableByteChannel file = Files.newByteChannel(manifest)) {
			if (file.size() > 0) {
				ByteBuffer last = ByteBuffer.allocate(1);
				file.position(file.size() - 1).read(last);
				this.tornLine = last.get(0) != '\n';
			}
		}
		return ids;
	}

	static String safe(String name) {
		String safe = UNSAFE.matcher(name).replaceAll("_");
		return (safe.isEmpty() || safe.startsWith(".")) ? "_" + safe : safe;
	}

}
