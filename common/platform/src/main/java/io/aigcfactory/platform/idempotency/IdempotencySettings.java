package io.aigcfactory.platform.idempotency;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Idempotency keys.
 *
 * @param ttl how long a key and the response to its first request are remembered
 * @param inProgressTtl how long a key whose first request never finished (its process
 * died) answers retries with 409 before a retry may run again
 */
@Validated
@ConfigurationProperties("aigc.idempotency")
public record IdempotencySettings(@DefaultValue("24h") @NotNull Duration ttl,
		@DefaultValue("5m") @NotNull Duration inProgressTtl) {

}
