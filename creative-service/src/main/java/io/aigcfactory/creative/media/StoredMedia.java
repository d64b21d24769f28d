package io.aigcfactory.creative.media;

/**
 * A photo kept in the blob store.
 *
 * @param id its id within the tenant, which a product's {@code images} may cite: the
 * first 32 hex digits of its SHA-256, so the same file uploaded twice is kept once
 * @param uri its {@code blob:} URI
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/webp}
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes its size
 * @param sha256 lowercase hex SHA-256 of its content
 */
public record StoredMedia(String id, String uri, String mediaType, int width, int height, long bytes, String sha256) {

}
