package io.aigcfactory.events;

import java.util.Objects;

/**
 * What a diffusion model is asked to paint behind a concept's layout.
 *
 * @param prompt what the scene shows
 * @param negativePrompt what it must not show
 * @param seed the sampler's seed, so that the same concept paints the same scene
 */
public record Scene(String prompt, String negativePrompt, long seed) {

	public Scene {
		Contracts.requireText(prompt, "prompt");
		Objects.requireNonNull(negativePrompt, "negativePrompt");
	}

}
