package io.aigcfactory.creative.media;

/** A photo the service will not keep, and why, in words a merchant can act on. */
public class UnacceptablePhoto extends RuntimeException {

	public UnacceptablePhoto(String reason) {
		super(reason);
	}

	public UnacceptablePhoto(String reason, Throwable cause) {
		super(reason, cause);
	}

}
