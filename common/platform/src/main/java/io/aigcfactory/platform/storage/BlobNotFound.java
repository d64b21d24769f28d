package io.aigcfactory.platform.storage;

/** Nothing is stored at a blob URI. */
public class BlobNotFound extends RuntimeException {

	public BlobNotFound(String uri) {
		super("No blob at " + uri);
	}

}
