package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.health.DataRedisHealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which applications get Redis, read from the beans a service built from the shared
 * {@code aigc-service.yml} ends up with. The Redis server named is a closed port: a
 * service must start without reaching it.
 */
class RedisOnlyWhereUsedTests {

	@Test
	void aServiceOnTheInProcessCacheHasNoRedisConnectionNorItsHealth() {
		withService((context) -> {
			assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
			assertThat(context.getBeanNamesForType(DataRedisHealthIndicator.class)).isEmpty();
			assertThat(context.getBean(KeyValueCache.class)).isInstanceOfSatisfying(MeteredKeyValueCache.class,
					(cache) -> assertThat(cache.delegate()).isInstanceOf(CaffeineKeyValueCache.class));
		});
	}

	@Test
	void aServiceOnRedisGetsBootsLettuceWithTimeoutsAndHealthButDoesNotConnectAtStart() {
		withService((context) -> {
			LettuceConnectionFactory redis = context.getBean(LettuceConnectionFactory.class);
			assertThat(redis.getClientConfiguration().getCommandTimeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(redis.getClientConfiguration()
				.getClientOptions()
				.orElseThrow()
				.getSocketOptions()
				.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
			assertThat(redis.getPort()).isEqualTo(1);
			assertThat(context.getBeanNamesForType(DataRedisHealthIndicator.class)).hasSize(1);
			assertThat(context.getBean(KeyValueCache.class)).isInstanceOfSatisfying(MeteredKeyValueCache.class,
					(cache) -> assertThat(cache.delegate()).isInstanceOf(RedisKeyValueCache.class));
		}, "--aigc.cache.store=redis");
	}

	private static void withService(Consumer<ConfigurableApplicationContext> check, String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CacheOnly.class)
			.web(WebApplicationType.NONE)
			.properties("spring.config.name=aigc-service", "aigc.cache.redis-uri=redis://127.0.0.1:1")
			.run(args)) {
			check.accept(context);
		}
	}

	/**
	 * The cache and what it needs, without a database, Kafka or the blob store: excluded
	 * here rather than through {@code spring.autoconfigure.exclude}, which the shared
	 * configuration file sets itself.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
			"io.aigcfactory.platform.messaging.MessagingAutoConfiguration",
			"io.aigcfactory.platform.outbox.OutboxAutoConfiguration",
			"io.aigcfactory.platform.storage.StorageAutoConfiguration" })
	static class CacheOnly {

	}

}
