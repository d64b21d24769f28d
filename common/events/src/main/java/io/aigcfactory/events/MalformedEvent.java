package io.aigcfactory.events;

/**
 * Bytes on a topic that are not a valid event of the topic's family. Retrying cannot
 * help: such a record belongs on the dead-letter topic.
 */
public class MalformedEvent extends RuntimeException {

	public MalformedEvent(Class<?> family, Throwable cause) {
		super("Not a valid " + family.getSimpleName() + ": " + cause.getMessage(), cause);
	}

}
