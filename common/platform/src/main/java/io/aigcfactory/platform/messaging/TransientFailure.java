package io.aigcfactory.platform.messaging;

/**
 * Thrown by a handler for a failure that may pass, such as a model server that is
 * restarting. The record is tried again later on a retry topic instead of being
 * dead-lettered.
 */
public class TransientFailure extends RuntimeException {

	public TransientFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
