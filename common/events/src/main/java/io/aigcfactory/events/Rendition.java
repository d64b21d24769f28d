package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

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
 * @param durationMillis play time of a video or audio file in milliseconds, 0 for files
 * that do not play (absent from producers that predate videos)
 * @param channels the channel ids this file is made for; empty when it is for every
 * channel of the asset (absent from producers that predate channel profiles)
 */
public record Rendition(RenditionKind kind, String name, String uri, String mediaType, int width, int height,
		long bytes, String sha256, @JsonSetter(nulls = Nulls.AS_EMPTY) long durationMillis, List<String> channels) {

	public Rendition {
		Objects.requireNonNull(kind, "kind");
		Contracts.requireText(name, "name");
		Contracts.requireText(uri, "uri");
		Contracts.requireText(mediaType, "mediaType");
		Contracts.requireNonNegative(width, "width");
		Contracts.requireNonNegative(height, "height");
		Contracts.requireNonNegative(bytes, "bytes");
		Contracts.requireText(sha256, "sha256");
		Contracts.requireNonNegative(durationMillis, "durationMillis");
		channels = Contracts.copyOrEmpty(channels);
	}

	/** A still file for every channel of its asset. */
	public Rendition(RenditionKind kind, String name, String uri, String mediaType, int width, int height, long bytes,
			String sha256) {
		this(kind, name, uri, mediaType, width, height, bytes, sha256, 0, List.of());
	}

	/** Whether a channel receives this file. */
	public boolean isFor(String channel) {
		return this.channels.isEmpty() || this.channels.contains(channel);
	}

}
