package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.UUID;

import io.aigcfactory.test.LocalRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Redis adapter against a real Redis. */
class RedisKeyValueCacheIntegrationTests {

	private RedisClient client;

	private StatefulRedisConnection<String, String> connection;

	private KeyValueCache cache;

	@BeforeEach
	void connect() {
		this.client = RedisClient.create(LocalRedis.uri());
		this.connection = this.client.connect();
		this.cache = new RedisKeyValueCache(this.connection, "it:" + UUID.randomUUID() + ":");
	}

	@AfterEach
	void disconnect() {
		this.connection.close();
		this.client.shutdown();
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
