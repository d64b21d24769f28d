package io.aigcfactory.production.video;

/**
 * Speaks a video's script. An adapter that cannot speak returns {@link Narration#none()},
 * never fails the video: it is then made with captions only.
 */
public interface Narrator {

	/**
	 * @param script the text to speak, in Chinese
	 * @return the narration, or {@link Narration#none()} when no engine is available
	 */
	Narration narrate(String script);

}
