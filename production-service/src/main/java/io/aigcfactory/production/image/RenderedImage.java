package io.aigcfactory.production.image;

/**
 * An encoded image.
 *
 * @param bytes the encoded file
 * @param mediaType its media type, e.g. {@code image/png}
 * @param width width in pixels
 * @param height height in pixels
 */
public record RenderedImage(byte[] bytes, String mediaType, int width, int height) {

}
