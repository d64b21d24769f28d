package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/** The cache in the service's own memory: for one replica, as in the standalone mode. */
class CaffeineKeyValueCache implements KeyValueCache {

	private final Cache<String, Entry> entries;

	CaffeineKeyValueCache(long maximumSize) {
		this.entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(new PerEntryTtl()).build();
	}

	@Override
	public Optional<String> get(String key) {
		return Optional.ofNullable(this.entries.getIfPresent(key)).map(Entry::value);
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		return this.entries.asMap().putIfAbsent(key, new Entry(value, ttl)) == null;
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		this.entries.put(key, new Entry(value, ttl));
	}

	@Override
	public void remove(String key) {
		this.entries.invalidate(key);
	}

	private record Entry(String value, Duration ttl) {
	}

	private static final class PerEntryTtl implements Expiry<String, Entry> {

		@Override
		public long expireAfterCreate(String key, Entry entry, long currentTime) {
			return entry.ttl().toNanos();
		}

		@Override
		public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
			return entry.ttl().toNanos();
		}

		@Override
		public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
