package io.aigcfactory.platform.cache;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The shared key-value cache.
 *
 * @param store which store backs it: {@code caffeine} in-process, or {@code redis}
 * through Boot's {@code spring.data.redis.*} (the server defaults to
 * {@code aigc.cache.redis-uri}, then {@code REDIS_URI}; see {@code aigc-service.yml})
 * @param keyPrefix prepended to every key, so services can share one Redis
 * @param maximumSize the most entries the in-process store keeps
 */
@Validated
@ConfigurationProperties("aigc.cache")
public record CacheSettings(@DefaultValue("caffeine") @NotNull Store store,
		@DefaultValue("aigc:") @NotNull String keyPrefix, @DefaultValue("100000") @Positive long maximumSize) {

	/** The stores that can back the cache. */
	public enum Store {

		CAFFEINE, REDIS

	}

}
