package io.aigcfactory.inspection.verification;

import java.io.ByteArrayInputStream;

import io.aigcfactory.trust.watermark.FrameAverage;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.jspecify.annotations.Nullable;

/**
 * A video's frames for the watermark reader: decoded with JavaCV's FFmpeg only once the
 * stream's declared frame size passes the pixel limit, and at most {@value #MAX_FRAMES}
 * of them, spread evenly over the video, averaged.
 */
final class Mp4Frames {

	static final int MAX_FRAMES = 48;

	private Mp4Frames() {
	}

	/** The frames' average, or why there is none; never throws. */
	static Read average(byte[] mp4, long maxPixels) {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4), mp4.length);
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			grabber.start();
			int width = grabber.getImageWidth();
			int height = grabber.getImageHeight();
			if (width < 1 || height < 1) {
				return new Read(null, "the file has no video stream");
			}
			if ((long) width * height > maxPixels) {
				return new Read(null, "the video stream declares " + width + "x" + height
						+ " pixels a frame, over the limit of " + maxPixels + "; not decoded");
			}
			int stride = Math.max(1, grabber.getLengthInVideoFrames() / MAX_FRAMES);
			FrameAverage average = new FrameAverage(width, height);
			Frame frame;
			for (int index = 0; average.count() < MAX_FRAMES && (frame = grabber.grabImage()) != null; index++) {
				if (index % stride == 0) {
					average.add(converter.convert(frame));
				}
			}
			return (average.count() > 0) ? new Read(average, null) : new Read(null, "the video has no frames");
		}
		catch (Exception ex) {
			return new Read(null, "the video cannot be decoded: " + ex.getMessage());
		}
	}

	/**
	 * @param frames the frames' average, or null
	 * @param problem why there is none, or null
	 */
	record Read(@Nullable FrameAverage frames, @Nullable String problem) {
	}

}
