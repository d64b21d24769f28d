package io.aigcfactory.platform.messaging;

/**
 * Thrown by a handler for a well-formed event it can never process, such as one that
 * refers to something that does not exist. Not retried: the record goes to its
 * dead-letter topic and the partition moves on.
 */
public class UnprocessableEvent extends RuntimeException {

	public UnprocessableEvent(String message) {
		super(message);
	}

}
