package io.aigcfactory.creative.web;

import io.aigcfactory.creative.requirement.IntakeSettings;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.platform.idempotency.IdempotencyKeys;
import io.aigcfactory.platform.idempotency.IdempotencySettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idempotency keys of requirement submissions, remembered for
 * {@code aigc.creative.intake.idempotency-ttl}.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	IdempotencyKeys idempotencyKeys(KeyValueCache cache, JsonMapper json, IntakeSettings intake,
			IdempotencySettings settings) {
		return new IdempotencyKeys(cache, json, intake.idempotencyTtl(), settings.inProgressTtl());
	}

}
