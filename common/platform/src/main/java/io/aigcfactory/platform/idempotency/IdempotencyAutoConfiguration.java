package io.aigcfactory.platform.idempotency;

import io.aigcfactory.platform.cache.CacheAutoConfiguration;
import io.aigcfactory.platform.cache.KeyValueCache;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link IdempotencyKeys} over the service's key-value cache, for web applications.
 */
@AutoConfiguration(after = CacheAutoConfiguration.class,
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotencyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean({ KeyValueCache.class, JsonMapper.class })
	IdempotencyKeys idempotencyKeys(KeyValueCache cache, JsonMapper json, IdempotencySettings settings) {
		return new IdempotencyKeys(cache, json, settings.ttl(), settings.inProgressTtl());
	}

}
