package io.aigcfactory.distribution.channel;

import java.time.Duration;

/**
 * A channel turned a publication away before trying it: its circuit breaker is open, or
 * it already has as many deliveries in progress as it may. Nothing was attempted, so no
 * attempt counts.
 */
public class ChannelUnavailable extends RuntimeException {

	private final Duration tryAgainIn;

	ChannelUnavailable(String message, Duration tryAgainIn) {
		super(message);
		this.tryAgainIn = tryAgainIn;
	}

	/** When the channel may take it. */
	public Duration tryAgainIn() {
		return this.tryAgainIn;
	}

}
