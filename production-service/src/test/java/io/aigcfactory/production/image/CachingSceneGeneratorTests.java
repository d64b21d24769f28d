package io.aigcfactory.production.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.events.Scene;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.platform.modelcache.ModelCacheSettings;
import io.aigcfactory.platform.modelcache.ModelOutputCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Scenes through the model output cache. */
class CachingSceneGeneratorTests {

	private static final SceneSettings SETTINGS = new SceneSettings(SceneSettings.Backend.TRITON, "sdxl", 30, 64, 48,
			Duration.ofSeconds(5));

	@TempDir
	Path directory;

	private final PaintingGenerator model = new PaintingGenerator();

	@Test
	void aSceneAskedForAgainIsNotPaintedAgain() {
		CachingSceneGenerator generator = new CachingSceneGenerator(this.model, cache(), SETTINGS);
		Scene scene = new Scene("a tea cup on a wooden table", "text, watermark", 42);

		BufferedImage first = generator.generate(scene, Duration.ofSeconds(1)).join();
		BufferedImage second = generator.generate(scene, Duration.ofSeconds(1)).join();

		assertThat(this.model.calls).hasValue(1);
		assertThat(second.getWidth()).isEqualTo(64);
		assertThat(second.getHeight()).isEqualTo(48);
		for (int y = 0; y < 48; y += 7) {
			for (int x = 0; x < 64; x += 5) {
				assertThat(second.getRGB(x, y)).isEqualTo(first.getRGB(x, y));
			}
		}
	}

	@Test
	void anotherSeedOrNegativePromptIsPainted() {
		CachingSceneGenerator generator = new CachingSceneGenerator(this.model, cache(), SETTINGS);

		generator.generate(new Scene("a tea cup", "text", 1), Duration.ofSeconds(1)).join();
		generator.generate(new Scene("a tea cup", "text", 2), Duration.ofSeconds(1)).join();
		generator.generate(new Scene("a tea cup", "logo", 1), Duration.ofSeconds(1)).join();

		assertThat(this.model.calls).hasValue(3);
	}

	@Test
	void aFailedSceneIsNotKept() {
		ModelOutputCache cache = cache();
		CachingSceneGenerator failing = new CachingSceneGenerator(
				(scene, deadline) -> CompletableFuture.failedFuture(new SceneUnavailable("no image tensor")), cache,
				SETTINGS);
		Scene scene = new Scene("a tea cup", "text", 1);

		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> failing.generate(scene, Duration.ofSeconds(1)).join());

		new CachingSceneGenerator(this.model, cache, SETTINGS).generate(scene, Duration.ofSeconds(1)).join();
		assertThat(this.model.calls).hasValue(1);
	}

	private ModelOutputCache cache() {
		return new ModelOutputCache(new MapCache(),
				new ModelCacheSettings(true, this.directory,
						new ModelCacheSettings.Ttl(Duration.ofHours(1), Duration.ofHours(24)), Duration.ofHours(1),
						DataSize.ofMegabytes(4)),
				new SimpleMeterRegistry(), Clock.systemUTC());
	}

	/** Paints a gradient that depends on the seed, counting its calls. */
	private static final class PaintingGenerator implements SceneGenerator {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public CompletableFuture<BufferedImage> generate(Scene scene, Duration deadline) {
			this.calls.incrementAndGet();
			BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < 48; y++) {
				for (int x = 0; x < 64; x++) {
					image.setRGB(x, y, new Color((x * 4) % 256, (y * 5) % 256, (int) (scene.seed() % 256)).getRGB());
				}
			}
			return CompletableFuture.completedFuture(image);
		}

	}

	private static final class MapCache implements KeyValueCache {

		private final Map<String, String> values = new ConcurrentHashMap<>();

		@Override
		public Optional<String> get(String key) {
			return Optional.ofNullable(this.values.get(key));
		}

		@Override
		public boolean putIfAbsent(String key, String value, Duration ttl) {
			return this.values.putIfAbsent(key, value) == null;
		}

		@Override
		public void put(String key, String value, Duration ttl) {
			this.values.put(key, value);
		}

		@Override
		public void remove(String key) {
			this.values.remove(key);
		}

	}

}
