package io.aigcfactory.platform.web;

import org.springframework.util.unit.DataSize;

/** A request body over the configured limit; answered 413. */
public class PayloadTooLarge extends RuntimeException {

	public PayloadTooLarge(DataSize limit) {
		super("The request body is larger than " + limit.toMegabytes() + " MB");
	}

}
