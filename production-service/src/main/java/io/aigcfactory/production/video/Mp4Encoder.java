package io.aigcfactory.production.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

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
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
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
					recorder.record(converter.convert(frame));
					pipeline.release(frame);
				}
			}
			recorder.recordSamples(sampleRate, 1, ShortBuffer.wrap(track));
			recorder.stop();
		}
	}

	/** Draws the frame at a time. */
	@FunctionalInterface
	interface FramePainter {

		void paint(BufferedImage frame, long millis);

	}

}
