package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Scene;
import io.aigcfactory.platform.modelcache.ModelCacheKey;
import io.aigcfactory.platform.modelcache.ModelOutputCache;
import io.aigcfactory.platform.modelcache.OutputType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scene generator that paints each scene once: a scene asked for again, with the same
 * model, prompt, negative prompt, seed, size and steps, comes from the model output cache
 * as the PNG the model's image was kept as. Only scenes the model delivered are cached;
 * failures pass through untouched.
 */
public final class CachingSceneGenerator implements SceneGenerator {

	private static final Logger logger = LoggerFactory.getLogger(CachingSceneGenerator.class);

	private final SceneGenerator generator;

	private final ModelOutputCache cache;

	private final String model;

	private final Map<String, Object> parameters;

	/**
	 * @param generator the generator that runs the model
	 * @param cache the model output cache
	 * @param settings the model and the size and steps every scene is generated with
	 */
	public CachingSceneGenerator(SceneGenerator generator, ModelOutputCache cache, SceneSettings settings) {
		this.generator = generator;
		this.cache = cache;
		this.model = settings.model();
		this.parameters = Map.of("width", settings.width(), "height", settings.height(), "steps", settings.steps());
	}

	@Override
	public CompletableFuture<BufferedImage> generate(Scene scene, Duration deadline) {
		ModelCacheKey key = key(scene);
		BufferedImage cached = this.cache.get(key).map(CachingSceneGenerator::decode).orElse(null);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		return this.generator.generate(scene, deadline).thenApply((image) -> {
			keep(key, image);
			return image;
		});
	}

	ModelCacheKey key(Scene scene) {
		Map<String, Object> all = new HashMap<>(this.parameters);
		all.put("negativePrompt", scene.negativePrompt());
		all.put("seed", scene.seed());
		return ModelCacheKey.of(OutputType.IMAGE, this.model, scene.prompt(), all);
	}

	private void keep(ModelCacheKey key, BufferedImage image) {
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			if (ImageIO.write(image, "png", png)) {
				this.cache.put(key, png.toByteArray());
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot cache the scene {}: {}", key.name(), ex.toString());
		}
	}

	/** The cached PNG as an image, or {@code null} when it no longer decodes (a miss). */
	private static @Nullable BufferedImage decode(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			logger.warn("A cached scene does not decode: {}", ex.toString());
			return null;
		}
	}

}
