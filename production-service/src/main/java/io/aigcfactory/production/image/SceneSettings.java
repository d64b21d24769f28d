package io.aigcfactory.production.image;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How generated background scenes are made.
 *
 * @param backend who paints scenes: {@code none} (every image gets the drawn backdrop) or
 * {@code triton} (the diffusion model {@code model}, configured under
 * {@code aigc.inference.models.<model>})
 * @param model the inference model's settings key
 * @param steps the sampler's steps per scene; with the size, the item's cost in the
 * batcher
 * @param width the width scenes are generated at, a multiple of 8; each image size scales
 * and crops it
 * @param height the height scenes are generated at, a multiple of 8
 * @param deadline how long a concept waits for its scene before it falls back to the
 * drawn backdrop
 */
@Validated
@ConfigurationProperties("aigc.production.scene")
public record SceneSettings(@NotNull Backend backend, @NotBlank String model, @Min(1) @Max(150) int steps,
		@Min(64) @Max(2048) int width, @Min(64) @Max(2048) int height, @NotNull Duration deadline) {

	public SceneSettings {
		if (width % 8 != 0 || height % 8 != 0) {
			throw new IllegalArgumentException(
					"aigc.production.scene.width and height must be multiples of 8, were " + width + "x" + height);
		}
	}

	/** Who paints scenes. */
	public enum Backend {

		/** Nobody: the drawn backdrop only. */
		NONE,

		/** A diffusion model on Triton, through the shared batcher. */
		TRITON

	}

	/** The batcher cost of one scene: pixels × steps. */
	public long cost() {
		return (long) this.width * this.height * this.steps;
	}

}
