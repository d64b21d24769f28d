package io.aigcfactory.production.image;

import java.awt.Rectangle;
import java.util.List;

import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import org.jspecify.annotations.Nullable;

/**
 * An encoded image.
 *
 * @param bytes the encoded file
 * @param mediaType its media type, e.g. {@code image/png}
 * @param width width in pixels
 * @param height height in pixels
 * @param logo where the brief's logo was drawn, in pixels, or {@code null} when none was
 * @param keepOut the boxes a mark added later must not cover: product, price, logo
 */
public record RenderedImage(byte[] bytes, String mediaType, int width, int height, @Nullable Rectangle logo,
		List<Rectangle> keepOut) {

	public RenderedImage {
		keepOut = List.copyOf(keepOut);
	}

	/** An image with a logo box but no keep-out boxes. */
	public RenderedImage(byte[] bytes, String mediaType, int width, int height, @Nullable Rectangle logo) {
		this(bytes, mediaType, width, height, logo, List.of());
	}

	/** An image without a logo. */
	public RenderedImage(byte[] bytes, String mediaType, int width, int height) {
		this(bytes, mediaType, width, height, null, List.of());
	}

	/**
	 * The file of a drawn image, with the drawn image's size, logo box and keep-out
	 * boxes.
	 */
	public static RenderedImage of(DrawnImage drawn, ImageFormat format, byte[] bytes) {
		return new RenderedImage(bytes, format.mediaType(), drawn.width(), drawn.height(), drawn.logo(),
				drawn.keepOut());
	}

}
