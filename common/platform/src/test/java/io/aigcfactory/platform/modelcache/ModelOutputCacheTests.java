package io.aigcfactory.platform.modelcache;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.aigcfactory.platform.cache.KeyValueCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The two tiers on a clock the test moves, with a map as the hot tier. */
class ModelOutputCacheTests {

	@TempDir
	Path directory;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ModelCacheKey text = ModelCacheKey.of(OutputType.TEXT, "qwen", "write a title", Map.of("t", 0.7));

	private final ModelCacheKey image = ModelCacheKey.of(OutputType.IMAGE, "sdxl", "a tea cup", Map.of("seed", 7));

	@Test
	void aMissIsCountedInBothTiersAndAPutIsThenAHotHit() {
		ModelOutputCache cache = cache(new MapCache(), settings(DataSize.ofMegabytes(4)));

		assertThat(cache.get(this.text)).isEmpty();
		cache.put(this.text, bytes("标题"));

		assertThat(cache.get(this.text)).hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("标题")));
		assertThat(count("l1", "miss", "text")).isEqualTo(1);
		assertThat(count("l2", "miss", "text")).isEqualTo(1);
		assertThat(count("l1", "hit", "text")).isEqualTo(1);
		assertThat(count("l2", "hit", "text")).isZero();
	}

	@Test
	void aDiskHitIsPromotedToTheHotTier() {
		MapCache hot = new MapCache();
		ModelOutputCache cache = cache(hot, settings(DataSize.ofMegabytes(4)));
		cache.put(this.image, bytes("png"));
		hot.values.clear();

		assertThat(cache.get(this.image)).isPresent();
		assertThat(count("l2", "hit", "image")).isEqualTo(1);
		assertThat(hot.values).hasSize(1);
		assertThat(hot.ttls.values()).containsExactly(Duration.ofHours(1));

		assertThat(cache.get(this.image)).isPresent();
		assertThat(count("l1", "hit", "image")).isEqualTo(1);
		assertThat(count("l2", "hit", "image")).isEqualTo(1);
	}

	@Test
	void eachTypeExpiresOnDiskAfterItsOwnLifetime() {
		MapCache hot = new MapCache();
		ModelOutputCache cache = cache(hot, settings(DataSize.ofMegabytes(4)));
		cache.put(this.text, bytes("标题"));
		cache.put(this.image, bytes("png"));
		hot.values.clear();

		this.clock.advance(Duration.ofMinutes(61));
		assertThat(cache.get(this.text)).isEmpty();
		assertThat(cache.get(this.image)).isPresent();

		hot.values.clear();
		this.clock.advance(Duration.ofHours(23));
		assertThat(cache.get(this.image)).isEmpty();
		assertThat(cache.get(this.text)).isEmpty();
	}

	@Test
	void aPromotionKeepsOnlyWhatIsLeftOfTheLifetime() {
		MapCache hot = new MapCache();
		ModelOutputCache cache = cache(hot, settings(DataSize.ofMegabytes(4)));
		cache.put(this.text, bytes("标题"));
		hot.values.clear();
		hot.ttls.clear();
		this.clock.advance(Duration.ofMinutes(45));

		assertThat(cache.get(this.text)).isPresent();

		assertThat(hot.ttls.values()).containsExactly(Duration.ofMinutes(15));
	}

	@Test
	void theDiskTierSurvivesARestart() {
		cache(new MapCache(), settings(DataSize.ofMegabytes(4))).put(this.image, bytes("png"));

		ModelOutputCache restarted = cache(new MapCache(), settings(DataSize.ofMegabytes(4)));

		assertThat(restarted.get(this.image)).hasValueSatisfying((value) -> assertThat(value).isEqualTo(bytes("png")));
		assertThat(count("l2", "hit", "image")).isEqualTo(1);
	}

	@Test
	void largeOutputsStayOnDiskOnly() {
		MapCache hot = new MapCache();
		ModelOutputCache cache = cache(hot, settings(DataSize.ofBytes(2)));

		cache.put(this.image, bytes("png"));

		assertThat(hot.values).isEmpty();
		assertThat(cache.get(this.image)).isPresent();
		assertThat(hot.values).isEmpty();
	}

	@Test
	void aTruncatedDiskEntryIsAMiss() throws Exception {
		ModelOutputCache cache = cache(new MapCache(), settings(DataSize.ofMegabytes(4)));
		cache.put(this.image, bytes("png"));
		try (var files = Files.walk(this.directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.write(file, new byte[] { 1, 2 });
			}
		}

		assertThat(cache(new MapCache(), settings(DataSize.ofMegabytes(4))).get(this.image)).isEmpty();
	}

	@Test
	void aFailingHotTierIsAMissNotAFailure() {
		ModelOutputCache cache = cache(new FailingCache(), settings(DataSize.ofMegabytes(4)));
		cache.put(this.text, bytes("标题"));

		assertThat(cache.get(this.text)).isPresent();
		assertThat(count("l1", "miss", "text")).isEqualTo(1);
		assertThat(count("l2", "hit", "text")).isEqualTo(1);
	}

	@Test
	void aDisabledCacheKeepsNothing() {
		ModelOutputCache cache = cache(new MapCache(),
				new ModelCacheSettings(false, this.directory,
						new ModelCacheSettings.Ttl(Duration.ofHours(1), Duration.ofHours(24)), Duration.ofHours(1),
						DataSize.ofMegabytes(4)));
		cache.put(this.text, bytes("标题"));

		assertThat(cache.get(this.text)).isEmpty();
	}

	private ModelOutputCache cache(KeyValueCache hot, ModelCacheSettings settings) {
		return new ModelOutputCache(hot, settings, this.meters, this.clock);
	}

	private ModelCacheSettings settings(DataSize hotMaxEntrySize) {
		return new ModelCacheSettings(true, this.directory,
				new ModelCacheSettings.Ttl(Duration.ofHours(1), Duration.ofHours(24)), Duration.ofHours(1),
				hotMaxEntrySize);
	}

	private double count(String tier, String result, String type) {
		var counter = this.meters.find(ModelOutputCache.REQUESTS)
			.tags("tier", tier, "result", result, "type", type)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A hot tier without expiry, that remembers the lifetimes it was given. */
	private static final class MapCache implements KeyValueCache {

		final Map<String, String> values = new ConcurrentHashMap<>();

		final Map<String, Duration> ttls = new ConcurrentHashMap<>();

		@Override
		public Optional<String> get(String key) {
			return Optional.ofNullable(this.values.get(key));
		}

		@Override
		public boolean putIfAbsent(String key, String value, Duration ttl) {
			this.ttls.putIfAbsent(key, ttl);
			return this.values.putIfAbsent(key, value) == null;
		}

		@Override
		public void put(String key, String value, Duration ttl) {
			this.ttls.put(key, ttl);
			this.values.put(key, value);
		}

		@Override
		public void remove(String key) {
			this.values.remove(key);
		}

	}

	private static final class FailingCache implements KeyValueCache {

		@Override
		public Optional<String> get(String key) {
			throw new IllegalStateException("Redis is down");
		}

		@Override
		public boolean putIfAbsent(String key, String value, Duration ttl) {
			throw new IllegalStateException("Redis is down");
		}

		@Override
		public void put(String key, String value, Duration ttl) {
			throw new IllegalStateException("Redis is down");
		}

		@Override
		public void remove(String key) {
			throw new IllegalStateException("Redis is down");
		}

	}

}
