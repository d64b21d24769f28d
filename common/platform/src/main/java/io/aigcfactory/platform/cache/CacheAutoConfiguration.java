package io.aigcfactory.platform.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The key-value cache: Caffeine by default, Redis with {@code aigc.cache.store=redis}.
 * Redis comes from Boot's auto-configuration (Lettuce, {@code spring.data.redis.*} with
 * the timeouts of {@code aigc-service.yml}, and its health indicator), which
 * {@link RedisOnlyWhereUsed} admits only with that store.
 */
@AutoConfiguration(after = DataRedisAutoConfiguration.class)
@EnableConfigurationProperties(CacheSettings.class)
public class CacheAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "aigc.cache.store", havingValue = "redis")
	static class Redis {

		@Bean
		@ConditionalOnMissingBean
		KeyValueCache redisKeyValueCache(StringRedisTemplate redis, CacheSettings settings,
				ObjectProvider<MeterRegistry> registry) {
			return new MeteredKeyValueCache(new RedisKeyValueCache(redis, settings.keyPrefix()), "redis",
					registry.getIfAvailable(() -> Metrics.globalRegistry));
		}

	}

	@Bean
	@ConditionalOnMissingBean
	KeyValueCache caffeineKeyValueCache(CacheSettings settings, ObjectProvider<MeterRegistry> registry) {
		return new MeteredKeyValueCache(new CaffeineKeyValueCache(settings.maximumSize()), "caffeine",
				registry.getIfAvailable(() -> Metrics.globalRegistry));
	}

}
