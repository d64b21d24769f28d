package io.aigcfactory.production.image;

import java.io.Serial;

/**
 * A scene generator answered with something that is not a scene: a tensor of the wrong
 * type or shape.
 */
public class SceneUnavailable extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public SceneUnavailable(String message) {
		super(message);
	}

}
