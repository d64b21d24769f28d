package io.aigcfactory.production.image.triton;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.events.Scene;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.production.image.SceneGenerator;

/**
 * Asks an SDXL model on Triton for scenes through the model's shared batcher. Each item
 * carries {@code prompt} and {@code negative_prompt} (BYTES), {@code seed} (INT64) and
 * {@code width}, {@code height} and {@code steps} (INT32), each of shape {@code [1]}; the
 * model answers {@code image}, UINT8 {@code [height, width, 3]}. Every scene is generated
 * at one size, so that any two items can share a batch; the batcher weighs each at pixels
 * × steps.
 */
final class TritonSceneGenerator implements SceneGenerator {

	static final String IMAGE = "image";

	private static final long[] ONE = { 1 };

	private final DynamicBatcher<ModelInput, ModelOutput> batcher;

	private final int width;

	private final int height;

	private final int steps;

	/**
	 * @param batcher the model's batcher, weighing items at pixels × steps
	 * @param width the width of every scene
	 * @param height the height of every scene
	 * @param steps the sampler's steps
	 */
	TritonSceneGenerator(DynamicBatcher<ModelInput, ModelOutput> batcher, int width, int height, int steps) {
		this.batcher = batcher;
		this.width = width;
		this.height = height;
		this.steps = steps;
	}

	@Override
	public CompletableFuture<BufferedImage> generate(Scene scene, Duration deadline) {
		return this.batcher.submit(input(scene), deadline, this.batcher.policy().defaultPriority())
			.thenApply((output) -> SceneTensor.decode(output.tensor(IMAGE), this.width, this.height));
	}

	ModelInput input(Scene scene) {
		return new ModelInput(List.of(Tensors.strings("prompt", ONE, List.of(scene.prompt())),
				Tensors.strings("negative_prompt", ONE, List.of(scene.negativePrompt())),
				Tensors.int64("seed", ONE, scene.seed()), Tensors.int32("width", ONE, this.width),
				Tensors.int32("height", ONE, this.height), Tensors.int32("steps", ONE, this.steps)));
	}

}
