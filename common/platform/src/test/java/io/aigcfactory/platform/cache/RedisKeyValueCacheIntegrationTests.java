package io.aigcfactory.platform.cache;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import io.aigcfactory.test.LocalRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Redis adapter against a real Redis. */
class RedisKeyValueCacheIntegrationTests {

	private LettuceConnectionFactory connections;

	private KeyValueCache cache;

	@BeforeEach
	void connect() {
		URI redis = URI.create(LocalRedis.uri());
		this.connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration(redis.getHost(), (redis.getPort() > 0) ? redis.getPort() : 6379));
		this.connections.afterPropertiesSet();
		this.connections.start();
		this.cache = new RedisKeyValueCache(new StringRedisTemplate(this.connections), "it:" + UUID.randomUUID() + ":");
	}

	@AfterEach
	void disconnect() {
		this.connections.destroy();
	}

	@Test
	void putIfAbsentStoresOnlyTheFirstValue() {
		assertThat(this.cache.putIfAbsent("k", "first", Duration.ofMinutes(1))).isTrue();
		assertThat(this.cache.putIfAbsent("k", "second", Duration.ofMinutes(1))).isFalse();
		assertThat(this.cache.get("k")).contains("first");
		this.cache.remove("k");
		assertThat(this.cache.get("k")).isEmpty();
	}

	@Test
	void entriesExpire() {
		this.cache.put("k", "v", Duration.ofMillis(50));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.cache.get("k").isEmpty());
	}

}
