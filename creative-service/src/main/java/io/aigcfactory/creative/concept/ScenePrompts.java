package io.aigcfactory.creative.concept;

import java.util.Map;

import io.aigcfactory.events.Product;
import io.aigcfactory.events.Scene;

/**
 * Scene prompts for writers that do not write their own: a product-photography backdrop
 * in the direction's style, with no text or people, seeded by the product and variation
 * so that the same concept paints the same scene.
 */
public final class ScenePrompts {

	/**
	 * What no generated backdrop may show: the layout adds text, price and the product.
	 */
	public static final String NEGATIVE = "text, watermark, logo, letters, people, hands, low quality, blurry";

	private static final Map<String, String> LOOKS = Map.of("bold", "vivid saturated colours, strong contrast", "fresh",
			"light airy pastel tones, morning light", "premium", "dark elegant studio, soft rim light", "warm",
			"warm golden hour light, cosy", "minimal", "clean minimal studio, soft shadows");

	private ScenePrompts() {
	}

	/** The scene for a brief. */
	public static Scene of(ConceptBrief brief) {
		Product product = brief.product();
		String look = LOOKS.getOrDefault(brief.direction().style(), LOOKS.get("minimal"));
		String prompt = "e-commerce product photography backdrop for " + product.category() + " (" + product.title()
				+ "), empty podium in the centre, " + look + ", high detail";
		return new Scene(prompt, NEGATIVE, seed(brief));
	}

	/**
	 * The sampler seed of a brief's scene, whoever writes the prompt: the same product,
	 * direction and variation always paint with the same seed.
	 */
	public static long seed(ConceptBrief brief) {
		return ((long) brief.product().sku().hashCode() << 16) ^ (brief.direction().id().hashCode() * 31L)
				^ brief.variation();
	}

}
