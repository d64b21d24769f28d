package io.aigcfactory.events;

import java.util.Objects;

/**
 * One stored file of an asset.
 *
 * @param kind what the file is
 * @param name the file's name within the asset, e.g. {@code main-800x800.png}
 * @param uri where the asset store keeps it
 * @param mediaType its media type
 * @param width pixel width, 0 for non-visual renditions
 * @param height pixel height, 0 for non-visual renditions
 * @param bytes size in bytes
 * @param sha256 lowercase hex SHA-256 of the content
 */
public record Rendition(RenditionKind kind, String name, String uri, String mediaType, int width, int height,
		long bytes, String sha256) {

	public Rendition {
		Objects.requireNonNull(kind, "kind");
		Contracts.requireText(name, "name");
		Contracts.requireText(uri, "uri");
		Contracts.requireText(mediaType, "mediaType");
		Contracts.requireNonNegative(width, "width");
		Contracts.requireNonNegative(height, "height");
		Contracts.requireNonNegative(bytes, "bytes");
		Contracts.requireText(sha256, "sha256");
	}

}
