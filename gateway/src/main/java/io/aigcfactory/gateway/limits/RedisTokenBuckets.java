package io.aigcfactory.gateway.limits;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;

/**
 * Token buckets in Redis through Spring Cloud Gateway's {@link RedisRateLimiter} (one Lua
 * script per request, atomic across replicas). When Redis cannot be reached the limiter
 * lets requests through, as Spring Cloud Gateway's does.
 */
class RedisTokenBuckets implements RateLimits {

	static final String ROUTE = "aigc-api";

	private final RedisRateLimiter limiter;

	private final Duration retryAfter;

	RedisTokenBuckets(RedisRateLimiter limiter, int rate, int burst) {
		this.limiter = limiter;
		limiter.getConfig()
			.put(ROUTE,
					new RedisRateLimiter.Config().setReplenishRate(rate).setBurstCapacity(burst).setRequestedTokens(1));
		// A refused caller has an empty bucket: one token comes back after 1/rate
		// seconds.
		this.retryAfter = Duration.ofMillis((long) Math.ceil(1000.0 / rate));
	}

	@Override
	public Mono<Decision> take(String key) {
		return this.limiter.isAllowed(ROUTE, key)
			.map((response) -> response.isAllowed() ? Decision.allow() : new Decision(false, this.retryAfter));
	}

}
