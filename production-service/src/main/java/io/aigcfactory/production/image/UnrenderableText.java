package io.aigcfactory.production.image;

/**
 * Text holds characters that no available font can draw: rendering it would show boxes.
 */
public class UnrenderableText extends RuntimeException {

	public UnrenderableText(String characters) {
		super("No available font can draw: " + characters);
	}

}
