package io.aigcfactory.production.image;

/**
 * The product photo a concept cites cannot be read or decoded; retrying will not change
 * that.
 */
public class UnusablePhoto extends RuntimeException {

	public UnusablePhoto(String message) {
		super(message);
	}

	public UnusablePhoto(String message, Throwable cause) {
		super(message, cause);
	}

}
