package io.aigcfactory.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

/**
 * Token buckets in memory, one per credential: {@code burst} tokens, refilled at
 * {@code rate} per second. Enough for one gateway (the standalone); replicas share
 * buckets in Redis instead.
 */
class MemoryTokenBuckets implements RateLimits {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final double rate;

	private final double burst;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	MemoryTokenBuckets(int rate, int burst, LongSupplier nanoTime) {
		this.rate = rate;
		this.burst = burst;
		this.nanoTime = nanoTime;
	}

	@Override
	public Mono<Decision> take(String key) {
		return Mono.fromSupplier(() -> decide(key));
	}

	Decision decide(String key) {
		long now = this.nanoTime.getAsLong();
		Bucket bucket = this.buckets.compute(key, (k, old) -> refilled(old, now).take());
		if (bucket.granted()) {
			return Decision.allow();
		}
		double missing = 1 - bucket.tokens();
		return new Decision(false, Duration.ofNanos((long) Math.ceil(missing / this.rate * NANOS_PER_SECOND)));
	}

	private Bucket refilled(Bucket old, long now) {
		if (old == null) {
			return new Bucket(this.burst, now, false);
		}
		double tokens = Math.min(this.burst, old.tokens() + (now - old.at()) * this.rate / NANOS_PER_SECOND);
		return new Bucket(tokens, now, false);
	}

	private record Bucket(double tokens, long at, boolean granted) {

		Bucket take() {
			return (this.tokens >= 1) ? new Bucket(this.tokens - 1, this.at, true) : this;
		}

	}

}
