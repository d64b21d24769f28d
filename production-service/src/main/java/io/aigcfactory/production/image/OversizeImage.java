package io.aigcfactory.production.image;

/** An image that stays larger than its channel's byte limit at every quality tried. */
public class OversizeImage extends RuntimeException {

	public OversizeImage(String message) {
		super(message);
	}

}
