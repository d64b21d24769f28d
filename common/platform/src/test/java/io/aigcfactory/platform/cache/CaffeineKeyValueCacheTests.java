package io.aigcfactory.platform.cache;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaffeineKeyValueCacheTests {

	@Test
	void putIfAbsentStoresOnlyTheFirstValue() {
		KeyValueCache cache = new CaffeineKeyValueCache(100);
		assertThat(cache.putIfAbsent("k", "first", Duration.ofMinutes(1))).isTrue();
		assertThat(cache.putIfAbsent("k", "second", Duration.ofMinutes(1))).isFalse();
		assertThat(cache.get("k")).contains("first");
		cache.put("k", "replaced", Duration.ofMinutes(1));
		assertThat(cache.get("k")).contains("replaced");
		cache.remove("k");
		assertThat(cache.get("k")).isEmpty();
	}

	@Test
	void entriesExpire() {
		KeyValueCache cache = new CaffeineKeyValueCache(100);
		cache.put("k", "v", Duration.ofNanos(1));
		assertThat(cache.get("k")).isEmpty();
	}

}
