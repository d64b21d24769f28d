package io.aigcfactory.gateway.limits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits per credential and per request.
 *
 * @param rate requests per second each key (or operator) is granted, on average
 * @param burst how many requests a key may make at once before the rate applies
 * @param store where the buckets live: {@code memory} (one gateway) or {@code redis}
 * (shared by the replicas, Spring Cloud Gateway's {@code RedisRateLimiter})
 * @param maxRequestBody the largest declared request body; larger ones get 413 before
 * they reach a service
 */
@Validated
@ConfigurationProperties("aigc.gateway.limits")
public record LimitSettings(@DefaultValue("20") @Positive int rate, @DefaultValue("100") @Positive int burst,
		@DefaultValue("memory") @NotNull Store store, @DefaultValue("32MB") @NotNull DataSize maxRequestBody) {

	/** Where the token buckets live. */
	public enum Store {

		/** In this gateway's memory. */
		MEMORY,

		/** In Redis, shared by every gateway replica. */
		REDIS

	}

}
