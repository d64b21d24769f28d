package io.aigcfactory.production.video;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * How a video's frames are marked as AI-generated, once each is drawn and before it is
 * encoded.
 */
@FunctionalInterface
public interface FrameMarking {

	/**
	 * The marker of one video's frames.
	 * @param keepOut the areas the video's layout uses at any time: the title, the
	 * pictures, the captions and the subtitles
	 */
	Marker forVideo(List<Rectangle> keepOut);

	/** Marks the frames of one video, in place. */
	@FunctionalInterface
	interface Marker {

		/**
		 * Marks a drawn frame.
		 * @param millis the frame's time in the video
		 */
		void mark(BufferedImage frame, long millis);

	}

}
