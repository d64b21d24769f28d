package io.aigcfactory.production.asset;

import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;

/**
 * The files of one asset while it is being made, and the renditions that could not be.
 * Nothing is stored until everything is made, so that a concept production gives up on
 * leaves no files behind; then every file is stored the same way, here.
 */
final class AssetFiles {

	private final List<Pending> files = new ArrayList<>();

	private final List<RenditionFailure> failures = new ArrayList<>();

	void add(RenditionKind kind, String name, byte[] content, String mediaType, int width, int height,
			long durationMillis, List<String> channels) {
		this.files.add(new Pending(kind, name, content, mediaType, width, height, durationMillis, channels));
	}

	void failed(String name, String reason, String detail) {
		this.failures.add(new RenditionFailure(name, reason, detail));
	}

	List<RenditionFailure> failures() {
		return List.copyOf(this.failures);
	}

	boolean has(RenditionKind kind) {
		return this.files.stream().anyMatch((file) -> file.kind() == kind);
	}

	List<Rendition> store(BlobStore blobs, AssetId asset) {
		List<Rendition> renditions = new ArrayList<>();
		for (Pending file : this.files) {
			StoredBlob blob = blobs.put("assets/" + asset + "/" + file.name(), file.content(), file.mediaType());
			renditions.add(new Rendition(file.kind(), file.name(), blob.uri(), file.mediaType(), file.width(),
					file.height(), blob.bytes(), blob.sha256(), file.durationMillis(), file.channels()));
		}
		return renditions;
	}

	private record Pending(RenditionKind kind, String name, byte[] content, String mediaType, int width, int height,
			long durationMillis, List<String> channels) {

	}

}
