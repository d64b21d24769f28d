package io.aigcfactory.distribution.channel;

/** A channel could not take a publication. */
public class DeliveryFailed extends RuntimeException {

	private final boolean retryable;

	public DeliveryFailed(String message, boolean retryable, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
	}

	public DeliveryFailed(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	/** Whether trying again later may succeed. */
	public boolean retryable() {
		return this.retryable;
	}

}
