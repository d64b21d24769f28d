package io.aigcfactory.production.image;

/**
 * Renders the image of a concept in one size. The Java2D layout renderer does this on the
 * CPU, over the brief's generated scene (from a {@link SceneGenerator}) when it has one.
 */
public interface ImageRenderer {

	/**
	 * Draws the image, not yet encoded.
	 * @param brief what the image shows
	 * @param spec the size to render
	 * @return the image with its keep-out boxes
	 * @throws UnrenderableText when the text holds characters no available font can draw
	 * @throws TextDoesNotFit when the size is too small for legible text
	 */
	DrawnImage draw(ImageBrief brief, ImageSpec spec);

	/**
	 * Draws the image and encodes it as PNG.
	 * @param brief what the image shows
	 * @param spec the size to render
	 * @return the encoded image
	 * @throws UnrenderableText when the text holds characters no available font can draw
	 * @throws TextDoesNotFit when the size is too small for legible text
	 */
	default RenderedImage render(ImageBrief brief, ImageSpec spec) {
		return ImageEncoding.png(draw(brief, spec));
	}

}
