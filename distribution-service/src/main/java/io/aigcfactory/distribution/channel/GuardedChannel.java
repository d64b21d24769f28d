package io.aigcfactory.distribution.channel;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * A channel behind its own bulkhead and circuit breaker. The bulkhead bounds the
 * deliveries in progress to it, so a hung receiver holds only its own share of the
 * worker's slots; the breaker counts retryable failures (server errors, timeouts,
 * unreachable) and, once open, turns publications away until it lets one try again. A
 * non-retryable answer (a 4xx) shows the receiver is up and counts as a success.
 */
class GuardedChannel implements Channel {

	private final Channel channel;

	private final Bulkhead bulkhead;

	private final CircuitBreaker breaker;

	private final Duration busyRetry;

	private final Duration openRetry;

	GuardedChannel(Channel channel, Bulkhead bulkhead, CircuitBreaker breaker, Duration busyRetry, Duration openRetry) {
		this.channel = channel;
		this.bulkhead = bulkhead;
		this.breaker = breaker;
		this.busyRetry = busyRetry;
		this.openRetry = openRetry;
	}

	@Override
	public String id() {
		return this.channel.id();
	}

	CircuitBreaker.State state() {
		return this.breaker.getState();
	}

	@Override
	public String publish(Delivery delivery) {
		if (!this.bulkhead.tryAcquirePermission()) {
			throw new ChannelUnavailable("Channel " + id() + " has "
					+ this.bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " deliveries in progress",
					this.busyRetry);
		}
		try {
			if (!this.breaker.tryAcquirePermission()) {
				throw new ChannelUnavailable("The circuit breaker of channel " + id() + " is open", this.openRetry);
			}
			return publishCounted(delivery);
		}
		finally {
			this.bulkhead.onComplete();
		}
	}

	private String publishCounted(Delivery delivery) {
		long start = System.nanoTime();
		try {
			String location = this.channel.publish(delivery);
			this.breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return location;
		}
		catch (DeliveryFailed ex) {
			if (ex.retryable()) {
				this.breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			}
			else {
				this.breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			this.breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, ex);
			throw ex;
		}
	}

}
