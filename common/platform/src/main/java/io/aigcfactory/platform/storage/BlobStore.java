package io.aigcfactory.platform.storage;

import java.io.InputStream;

/**
 * Stores produced files under keys and hands out logical {@code blob:} URIs for them, so
 * that events name files without knowing which store keeps them.
 */
public interface BlobStore {

	/** The scheme of the URIs this port hands out. */
	String SCHEME = "blob:";

	/**
	 * Stores content under a key, replacing what was there.
	 * @param key a relative, slash-separated key such as {@code assets/<id>/copy.txt}
	 * @param content the bytes
	 * @param mediaType the content's media type
	 * @return where it is stored, with its size and digest
	 */
	StoredBlob put(String key, byte[] content, String mediaType);

	/**
	 * Opens a stored blob for reading.
	 * @throws BlobNotFound when nothing is stored at the URI
	 */
	InputStream open(String uri);

	/**
	 * Reads a stored blob whole.
	 * @throws BlobNotFound when nothing is stored at the URI
	 */
	byte[] read(String uri);

	boolean exists(String uri);

	/** The key a {@code blob:} URI names. */
	static String keyOf(String uri) {
		if (!uri.startsWith(SCHEME)) {
			throw new IllegalArgumentException("Not a blob URI: " + uri);
		}
		return uri.substring(SCHEME.length());
	}

}
