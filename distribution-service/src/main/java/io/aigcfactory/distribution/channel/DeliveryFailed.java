package io.aigcfactory.distribution.channel;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A channel could not take a publication. */
public class DeliveryFailed extends RuntimeException {

	private final boolean retryable;

	private final @Nullable Duration retryAfter;

	public DeliveryFailed(String message, boolean retryable, @Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryAfter = retryAfter;
	}

	public DeliveryFailed(String message, boolean retryable, Throwable cause) {
		this(message, retryable, null, cause);
	}

	public DeliveryFailed(String message, boolean retryable) {
		this(message, retryable, null, null);
	}

	/** Whether trying again later may succeed. */
	public boolean retryable() {
		return this.retryable;
	}

	/** How long the receiver asked to be left alone, when it said so. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

}
