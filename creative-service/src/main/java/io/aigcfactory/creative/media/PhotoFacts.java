package io.aigcfactory.creative.media;

/**
 * What a checked photo is.
 *
 * @param format its format
 * @param width its width in pixels, from its header
 * @param height its height in pixels, from its header
 */
public record PhotoFacts(ImageFormat format, int width, int height) {

}
