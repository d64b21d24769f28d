package io.aigcfactory.production.image;

/**
 * An image size so small that its text would have to be set below the smallest legible
 * size: that rendition cannot be made, whatever else of the asset can.
 */
public class TextDoesNotFit extends RuntimeException {

	public TextDoesNotFit(String message) {
		super(message);
	}

}
