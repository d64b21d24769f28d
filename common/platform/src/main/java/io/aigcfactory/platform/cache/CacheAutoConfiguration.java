package io.aigcfactory.platform.cache;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key-value cache: Caffeine by default, Redis with {@code aigc.cache.store=redis}.
 */
@AutoConfiguration
@EnableConfigurationProperties(CacheSettings.class)
public class CacheAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "aigc.cache.store", havingValue = "redis")
	static class Redis {

		@Bean(destroyMethod = "shutdown")
		RedisClient redisClient(CacheSettings settings) {
			return RedisClient.create(settings.redisUri().toString());
		}

		@Bean(destroyMethod = "close")
		StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
			return client.connect();
		}

		@Bean
		@ConditionalOnMissingBean
		KeyValueCache redisKeyValueCache(StatefulRedisConnection<String, String> connection, CacheSettings settings) {
			return new RedisKeyValueCache(connection, settings.keyPrefix());
		}

	}

	@Bean
	@ConditionalOnMissingBean
	KeyValueCache caffeineKeyValueCache(CacheSettings settings) {
		return new CaffeineKeyValueCache(settings.maximumSize());
	}

}
