package io.aigcfactory.production.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Encodes frames and a sound track into an MP4 through JavaCV's FFmpeg build: H.264 video
 * by the Cisco openh264 encoder (the LGPL FFmpeg build has no libx264), AAC audio. Every
 * video has an audio stream; without narration or music it is silence.
 */
final class Mp4Encoder {

	/** The encoded file's media type. */
	static final String MEDIA_TYPE = "video/mp4";

	private final int frameRate;

	private final int videoBitrate;

	Mp4Encoder(int frameRate, int videoBitrate) {
		this.frameRate = frameRate;
		this.videoBitrate = videoBitrate;
	}

	/**
	 * @param frames draws the frame at a time (milliseconds) into the image given
	 * @param width frame width
	 * @param height frame height
	 * @param durationMillis how long the video runs
	 * @param track the sound track, 16-bit mono, as long as the video
	 * @param sampleRate the track's samples per second
	 * @return the MP4 file
	 */
	byte[] encode(FramePainter frames, int width, int height, long durationMillis, short[] track, int sampleRate) {
		Path file = null;
		try {
			file = Files.createTempFile("promo", ".mp4");
			record(file, frames, width, height, durationMillis, track, sampleRate);
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode the video", ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A temporary file left behind is harmless.
				}
			}
		}
	}

	private void record(Path file, FramePainter frames, int width, int height, long durationMillis, short[] track,
			int sampleRate) throws FrameRecorder.Exception {
		try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 1);
				Frame encoded = new Frame(width, height, Frame.DEPTH_UBYTE, 3)) {
			recorder.setFormat("mp4");
			recorder.setVideoCodecName("libopenh264");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setFrameRate(this.frameRate);
			recorder.setGopSize(this.frameRate * 2);
			recorder.setVideoBitrate(this.videoBitrate);
			recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
			recorder.setSampleRate(sampleRate);
			recorder.setAudioChannels(1);
			recorder.setAudioBitrate(64_000);
			recorder.start();
			long count = durationMillis * this.frameRate / 1000;
			try (FramePipeline pipeline = new FramePipeline(frames, width, height, count, this.frameRate)) {
				for (long index = 0; index < count; index++) {
					BufferedImage frame = pipeline.next();
					recorder.record(copy(frame, encoded));
					pipeline.release(frame);
				}
			}
			recorder.recordSamples(sampleRate, 1, ShortBuffer.wrap(track));
			recorder.stop();
		}
	}

	/**
	 * A drawn frame's packed BGR bytes copied into the frame the recorder takes, all at
	 * once or a row at a time where the recorder's rows are padded. JavaCV's
	 * {@code Java2DFrameConverter} copied byte by byte through a buffer accessor that the
	 * platform's JIT did not always inline: up to a quarter of the platform's CPU under
	 * load.
	 */
	private static Frame copy(BufferedImage image, Frame frame) {
		byte[] bytes = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		ByteBuffer target = (ByteBuffer) frame.image[0];
		int row = image.getWidth() * 3;
		if (frame.imageStride == row) {
			target.put(0, bytes, 0, row * image.getHeight());
		}
		else {
			for (int y = 0; y < image.getHeight(); y++) {
				target.put(y * frame.imageStride, bytes, y * row, row);
			}
		}
		return frame;
	}

	/** Draws the frame at a time. */
	@FunctionalInterface
	interface FramePainter {

		void paint(BufferedImage frame, long millis);

	}

}
