package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.Optional;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/** The cache in Redis, over one shared Lettuce connection: for replicated services. */
class RedisKeyValueCache implements KeyValueCache {

	private final RedisCommands<String, String> redis;

	private final String prefix;

	RedisKeyValueCache(StatefulRedisConnection<String, String> connection, String prefix) {
		this.redis = connection.sync();
		this.prefix = prefix;
	}

	@Override
	public Optional<String> get(String key) {
		return Optional.ofNullable(this.redis.get(this.prefix + key));
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		return "OK".equals(this.redis.set(this.prefix + key, value, SetArgs.Builder.nx().px(ttl.toMillis())));
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		this.redis.set(this.prefix + key, value, SetArgs.Builder.px(ttl.toMillis()));
	}

	@Override
	public void remove(String key) {
		this.redis.del(this.prefix + key);
	}

}
