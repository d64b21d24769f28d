package io.aigcfactory.production.image;

import java.awt.Rectangle;

import org.jspecify.annotations.Nullable;

/**
 * An encoded image.
 *
 * @param bytes the encoded file
 * @param mediaType its media type, e.g. {@code image/png}
 * @param width width in pixels
 * @param height height in pixels
 * @param logo where the brief's logo was drawn, in pixels, or {@code null} when none was
 */
public record RenderedImage(byte[] bytes, String mediaType, int width, int height, @Nullable Rectangle logo) {

	/** An image without a logo. */
	public RenderedImage(byte[] bytes, String mediaType, int width, int height) {
		this(bytes, mediaType, width, height, null);
	}

}
