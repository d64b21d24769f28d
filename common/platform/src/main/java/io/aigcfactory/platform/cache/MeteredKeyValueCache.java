package io.aigcfactory.platform.cache;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the lookups of a key-value cache in {@code aigc.cache.gets}, tagged with the
 * store and {@code result} {@code hit} or {@code miss}, and the entries a
 * {@code putIfAbsent} found present ({@code aigc.cache.put.conflicts}): an idempotency
 * key replayed.
 */
final class MeteredKeyValueCache implements KeyValueCache {

	private final KeyValueCache delegate;

	private final Counter hits;

	private final Counter misses;

	private final Counter conflicts;

	MeteredKeyValueCache(KeyValueCache delegate, String store, MeterRegistry registry) {
		this.delegate = delegate;
		this.hits = lookups(registry, store, "hit");
		this.misses = lookups(registry, store, "miss");
		this.conflicts = Counter.builder("aigc.cache.put.conflicts")
			.description("Put-if-absent calls that found the key present")
			.tag("store", store)
			.register(registry);
	}

	private static Counter lookups(MeterRegistry registry, String store, String result) {
		return Counter.builder("aigc.cache.gets")
			.description("Key-value cache lookups")
			.tags("store", store, "result", result)
			.register(registry);
	}

	/** The cache being counted. */
	KeyValueCache delegate() {
		return this.delegate;
	}

	@Override
	public Optional<String> get(String key) {
		Optional<String> value = this.delegate.get(key);
		(value.isPresent() ? this.hits : this.misses).increment();
		return value;
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		boolean stored = this.delegate.putIfAbsent(key, value, ttl);
		if (!stored) {
			this.conflicts.increment();
		}
		return stored;
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		this.delegate.put(key, value, ttl);
	}

	@Override
	public void remove(String key) {
		this.delegate.remove(key);
	}

}
