package io.aigcfactory.platform.modelcache;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.aigcfactory.platform.cache.CacheAutoConfiguration;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.test.LocalRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Promotion and expiry with the hot tier in the local Redis, through the Redis adapter
 * that {@code aigc.cache.store=redis} selects.
 */
class ModelOutputCacheIntegrationTests {

	@TempDir
	Path directory;

	private final String prefix = "it:" + UUID.randomUUID() + ":";

	private ApplicationContextRunner redisContexts() {
		URI uri = URI.create(LocalRedis.uri());
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, CacheAutoConfiguration.class,
					ModelCacheAutoConfiguration.class))
			.withPropertyValues("aigc.cache.store=redis", "aigc.cache.key-prefix=" + this.prefix,
					"spring.data.redis.host=" + uri.getHost(),
					"spring.data.redis.port=" + ((uri.getPort() > 0) ? uri.getPort() : 6379),
					"aigc.model-cache.enabled=true", "aigc.model-cache.directory=" + this.directory);
	}

	@Test
	void aDiskHitIsPromotedIntoRedisWhereItExpiresAfterTheHotLifetime() {
		redisContexts().run((context) -> {
			KeyValueCache hot = context.getBean(KeyValueCache.class);
			StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			ModelCacheSettings.Ttl ttl = new ModelCacheSettings.Ttl(Duration.ofHours(1), Duration.ofHours(24));
			ModelCacheSettings shortHot = new ModelCacheSettings(true, this.directory, ttl, Duration.ofSeconds(1),
					DataSize.ofMegabytes(4));
			ModelCacheSettings settings = new ModelCacheSettings(true, this.directory, ttl, Duration.ofSeconds(30),
					DataSize.ofMegabytes(4));
			ModelCacheKey key = ModelCacheKey.of(OutputType.TEXT, "qwen", "write a title", Map.of());
			new ModelOutputCache(hot, shortHot, meters, Clock.systemUTC()).put(key,
					"标题".getBytes(StandardCharsets.UTF_8));
			String redisKey = this.prefix + "model-output:" + key.name();
			assertThat(redis.hasKey(redisKey)).isTrue();

			await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(redisKey));
			ModelOutputCache restarted = new ModelOutputCache(hot, settings, meters, Clock.systemUTC());
			assertThat(restarted.get(key))
				.hasValueSatisfying((value) -> assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo("标题"));

			assertThat(redis.hasKey(redisKey)).as("promoted into Redis").isTrue();
			assertThat(redis.getExpire(redisKey)).isBetween(20L, 30L);
			assertThat(restarted.get(key)).isPresent();
			assertThat(meters.get(ModelOutputCache.REQUESTS).tags("tier", "l1", "result", "hit").counter().count())
				.isEqualTo(1);
			assertThat(meters.get(ModelOutputCache.REQUESTS).tags("tier", "l2", "result", "hit").counter().count())
				.isEqualTo(1);
		});
	}

	@Test
	void theAutoConfiguredCacheKeepsImagesInRedisForAnHour() {
		redisContexts().run((context) -> {
			ModelOutputCache cache = context.getBean(ModelOutputCache.class);
			StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
			ModelCacheKey key = ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea cup", Map.of("seed", 1));

			cache.put(key, new byte[] { 1, 2, 3 });

			String redisKey = this.prefix + "model-output:" + key.name();
			assertThat(redis.getExpire(redisKey)).isBetween(3500L, 3600L);
			assertThat(cache.get(key)).hasValueSatisfying((value) -> assertThat(value).containsExactly(1, 2, 3));
		});
	}

}
