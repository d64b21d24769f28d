package io.aigcfactory.platform.web;

/**
 * A request that contradicts an earlier one, such as a reused idempotency key with a
 * different body; answered 409.
 */
public class ConflictingRequest extends RuntimeException {

	public ConflictingRequest(String detail) {
		super(detail);
	}

}
