package io.aigcfactory.platform.storage;

/**
 * A blob as stored.
 *
 * @param uri its {@code blob:} URI
 * @param bytes its size
 * @param sha256 lowercase hex SHA-256 of its content
 * @param mediaType its media type
 */
public record StoredBlob(String uri, long bytes, String sha256, String mediaType) {

}
