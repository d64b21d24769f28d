package io.aigcfactory.trust.carrier;

/** A file is truncated or corrupt, so no label can be read from or written into it. */
public class UnreadableFile extends RuntimeException {

	public UnreadableFile(String message) {
		super(message);
	}

}
