package io.aigcfactory.platform.web;

/** A request for something the service does not have; answered 404. */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super("No " + what + " with id " + id);
	}

}
