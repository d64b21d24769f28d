package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

/** The cache in Redis, through Boot's Lettuce connection: for replicated services. */
class RedisKeyValueCache implements KeyValueCache {

	private final StringRedisTemplate redis;

	private final String prefix;

	RedisKeyValueCache(StringRedisTemplate redis, String prefix) {
		this.redis = redis;
		this.prefix = prefix;
	}

	@Override
	public Optional<String> get(String key) {
		return Optional.ofNullable(this.redis.opsForValue().get(this.prefix + key));
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		return Boolean.TRUE.equals(this.redis.opsForValue().setIfAbsent(this.prefix + key, value, ttl));
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		this.redis.opsForValue().set(this.prefix + key, value, ttl);
	}

	@Override
	public void remove(String key) {
		this.redis.delete(this.prefix + key);
	}

}
