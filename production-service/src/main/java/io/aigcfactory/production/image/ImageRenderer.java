package io.aigcfactory.production.image;

/**
 * Renders the image of a concept in one size. The Java2D layout renderer does this on the
 * CPU, over the brief's generated scene (from a {@link SceneGenerator}) when it has one.
 */
public interface ImageRenderer {

	/**
	 * @param brief what the image shows
	 * @param spec the size to render
	 * @return the encoded image
	 * @throws UnrenderableText when the text holds characters no available font can draw
	 */
	RenderedImage render(ImageBrief brief, ImageSpec spec);

}
