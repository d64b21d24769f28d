package io.aigcfactory.production.video.triton;

import java.io.Serial;

/**
 * A text-to-speech model answered with something that is not speech: a tensor missing, of
 * the wrong type or shape, or a length or sample rate that cannot be.
 */
class SpeechUnavailable extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	SpeechUnavailable(String message) {
		super(message);
	}

}
