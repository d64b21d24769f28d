package io.aigcfactory.production.image;

/**
 * A size to render.
 *
 * @param name the rendition's name stem, e.g. {@code main-800x800}
 * @param width width in pixels
 * @param height height in pixels
 */
public record ImageSpec(String name, int width, int height) {

	/** The 800×800 main image every platform accepts. */
	public static final ImageSpec MAIN_800 = new ImageSpec("main-800x800", 800, 800);

	public ImageSpec {
		if (name.isBlank() || width <= 0 || height <= 0) {
			throw new IllegalArgumentException("An image spec needs a name and a positive size");
		}
	}

}
