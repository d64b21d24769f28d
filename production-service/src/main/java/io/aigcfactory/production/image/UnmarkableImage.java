package io.aigcfactory.production.image;

/**
 * No edge or corner of an image is clear of its product and price for the AI-generated
 * mark.
 */
public class UnmarkableImage extends RuntimeException {

	public UnmarkableImage(String message) {
		super(message);
	}

}
