package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.events.Scene;

/**
 * Paints the background scene a concept asks for with a diffusion model. The scene comes
 * back at the generator's own size; the layout scales and crops it to each image size.
 */
public interface SceneGenerator {

	/**
	 * @param scene the prompt, negative prompt and seed
	 * @param deadline the time from now by which the scene is needed
	 * @return the scene; fails with {@link SceneUnavailable} or
	 * {@code io.aigcfactory.inference.InferenceException} saying why
	 */
	CompletableFuture<BufferedImage> generate(Scene scene, Duration deadline);

}
