package io.aigcfactory.gateway.limits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The limits, with their buckets where {@code aigc.gateway.limits.store} says. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	@Order(10) // after Spring Security's chain (-100), which knows the credential
	LimitFilters limitFilters(LimitSettings settings, ObjectProvider<RedisRateLimiter> redis) {
		RateLimits rateLimits = switch (settings.store()) {
			case MEMORY -> new MemoryTokenBuckets(settings.rate(), settings.burst(), System::nanoTime);
			case REDIS -> new RedisTokenBuckets(redis.getObject(), settings.rate(), settings.burst());
		};
		return new LimitFilters(rateLimits, settings.maxRequestBody().toBytes());
	}

}
