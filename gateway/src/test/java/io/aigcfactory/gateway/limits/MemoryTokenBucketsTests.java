package io.aigcfactory.gateway.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryTokenBucketsTests {

	final AtomicLong now = new AtomicLong();

	/** 2 tokens a second, 3 at once, on a clock the test moves. */
	final MemoryTokenBuckets buckets = new MemoryTokenBuckets(2, 3, this.now::get);

	@Test
	void grantsTheBurstThenRefusesWithTheTimeToTheNextToken() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.buckets.decide("k").allowed()).isTrue();
		}
		RateLimits.Decision refused = this.buckets.decide("k");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void refillsAtTheRateUpToTheBurst() {
		for (int i = 0; i < 3; i++) {
			this.buckets.decide("k");
		}
		this.now.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(this.buckets.decide("k").allowed()).isTrue();
		assertThat(this.buckets.decide("k").allowed()).isFalse();
		this.now.addAndGet(Duration.ofHours(1).toNanos());
		for (int i = 0; i < 3; i++) {
			assertThat(this.buckets.decide("k").allowed()).isTrue();
		}
		assertThat(this.buckets.decide("k").allowed()).isFalse();
	}

	@Test
	void keepsABucketPerKey() {
		for (int i = 0; i < 3; i++) {
			this.buckets.decide("a");
		}
		assertThat(this.buckets.decide("a").allowed()).isFalse();
		assertThat(this.buckets.decide("b").allowed()).isTrue();
	}

}
