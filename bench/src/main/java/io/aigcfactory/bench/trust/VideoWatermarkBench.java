package io.aigcfactory.bench.trust;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.aigcfactory.events.Copy;
import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.PromoVideos;
import io.aigcfactory.test.images.TestImages;
import io.aigcfactory.trust.watermark.FrameAverage;
import io.aigcfactory.trust.watermark.FrameWatermarker;
import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.trust.watermark.WatermarkReading;
import io.aigcfactory.trust.watermark.Watermarker;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * The video row of the watermark's robustness matrix: a 15 s 720 × 1280 promo video
 * (production's {@link PromoVideos}, captions only, 25 fps, H.264 at 1.5 Mbit/s) with
 * every frame watermarked, re-encoded with openh264 at lower bitrates and downscaled,
 * then read as the verify API reads a video (at most 48 frames spread over it, averaged).
 * Prints Markdown: the time the watermark adds to making the video, the PSNR of sampled
 * frames, and per attack the bit accuracy, whether the payload was found, and the read
 * time.
 */
public final class VideoWatermarkBench {

	private static final int WIDTH = 720;

	private static final int HEIGHT = 1280;

	private static final int FRAME_RATE = 25;

	private static final int MAX_FRAMES = 48;

	private static final Copy COPY = new Copy("一杯热水，暖一整天", "316 不锈钢内胆，12 小时保温。通勤路上随手一杯热水！", "马上入手",
			List.of("12 小时保温", "一键开盖单手喝"));

	private VideoWatermarkBench() {
	}

	public static void main(String[] args) throws Exception {
		Path samples = Path.of("samples/photos");
		List<BufferedImage> pictures = List.of(TestImages.photo(samples, "cup.jpg"),
				TestImages.photo(samples, "tea-tin.jpg"));
		PromoVideos videos = new PromoVideos((script) -> Narration.none(), FRAME_RATE, 1_500_000);
		WatermarkPayload payload = WatermarkPayload.of("tenant-bench", "0192f3a4-7c1e-7000-8000-00000000b0b0");
		FrameWatermarker watermark = new Watermarker().frames(payload, WIDTH, HEIGHT);
		Duration length = Duration.ofSeconds(15);

		long plainStart = System.nanoTime();
		videos.make("暖暖 316 不锈钢保温杯 500ml", COPY, pictures, WIDTH, HEIGHT, length, length,
				(keepOut) -> (frame, millis) -> {
				});
		long plainNanos = System.nanoTime() - plainStart;
		AtomicLong embedNanos = new AtomicLong();
		double[] psnr = { Double.MAX_VALUE, 0, 0 };
		long markedStart = System.nanoTime();
		byte[] marked = videos.make("暖暖 316 不锈钢保温杯 500ml", COPY, pictures, WIDTH, HEIGHT, length, length,
				(keepOut) -> (frame, millis) -> {
					BufferedImage before = (millis % 1000 == 0) ? copy(frame) : null;
					long start = System.nanoTime();
					watermark.embed(frame);
					embedNanos.addAndGet(System.nanoTime() - start);
					if (before != null) {
						double db = Watermarker.psnr(before, frame);
						psnr[0] = Math.min(psnr[0], db);
						psnr[1] += db;
						psnr[2]++;
					}
				})
			.mp4();
		long markedNanos = System.nanoTime() - markedStart;

		Map<String, byte[]> attacked = new LinkedHashMap<>();
		attacked.put("none (1.5 Mbit/s as made)", marked);
		attacked.put("H.264 re-encode 750 kbit/s", reencoded(marked, WIDTH, HEIGHT, 750_000));
		attacked.put("H.264 re-encode 300 kbit/s", reencoded(marked, WIDTH, HEIGHT, 300_000));
		attacked.put("50% downscale + H.264 300 kbit/s", reencoded(marked, WIDTH / 2, HEIGHT / 2, 300_000));

		System.out.printf(Locale.ROOT, "video: %d x %d, %d s, %d fps, %d bytes%n%n", WIDTH, HEIGHT, length.toSeconds(),
				FRAME_RATE, marked.length);
		System.out.printf(Locale.ROOT, "| step | time per 15 s video |%n|---|---|%n");
		System.out.printf(Locale.ROOT, "| make, unmarked | %.1f s |%n", plainNanos / 1e9);
		System.out.printf(Locale.ROOT, "| make, every frame watermarked | %.1f s |%n", markedNanos / 1e9);
		System.out.printf(Locale.ROOT, "| of which `FrameWatermarker.embed` (%d frames) | %.1f s (%.1f ms a frame) |%n",
				length.toSeconds() * FRAME_RATE, embedNanos.get() / 1e9,
				embedNanos.get() / 1e6 / (length.toSeconds() * FRAME_RATE));
		System.out.printf(Locale.ROOT, "%nPSNR of one frame a second: min %.2f dB, mean %.2f dB%n%n", psnr[0],
				psnr[1] / psnr[2]);
		System.out.printf(Locale.ROOT,
				"| attack | bytes | bit accuracy | payload read right | sync (σ) | read time |%n");
		System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
		for (Map.Entry<String, byte[]> attack : attacked.entrySet()) {
			long start = System.nanoTime();
			WatermarkReading reading = new WatermarkDetector().read(average(attack.getValue()));
			long readNanos = System.nanoTime() - start;
			System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %s | %.1f | %.1f s |%n", attack.getKey(),
					attack.getValue().length, reading.bitAccuracy(payload),
					payload.equals(reading.payload()) ? "yes" : "no", reading.sync(), readNanos / 1e9);
		}
	}

	/**
	 * At most 48 frames spread over the video, averaged, as the verify API reads them.
	 */
	private static FrameAverage average(byte[] mp4) throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4), mp4.length);
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			grabber.start();
			int stride = Math.max(1, grabber.getLengthInVideoFrames() / MAX_FRAMES);
			FrameAverage average = new FrameAverage(grabber.getImageWidth(), grabber.getImageHeight());
			Frame frame;
			for (int index = 0; average.count() < MAX_FRAMES && (frame = grabber.grabImage()) != null; index++) {
				if (index % stride == 0) {
					average.add(converter.convert(frame));
				}
			}
			return average;
		}
	}

	private static byte[] reencoded(byte[] mp4, int width, int height, int bitrate) throws Exception {
		Path out = Files.createTempFile("reencoded", ".mp4");
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4), mp4.length);
				FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), width, height, 0)) {
			grabber.start();
			recorder.setFormat("mp4");
			recorder.setVideoCodecName("libopenh264");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setFrameRate(FRAME_RATE);
			recorder.setGopSize(FRAME_RATE * 2);
			recorder.setVideoBitrate(bitrate);
			recorder.start();
			Frame frame;
			while ((frame = grabber.grabImage()) != null) {
				recorder.record(frame);
			}
			recorder.stop();
			return Files.readAllBytes(out);
		}
		finally {
			Files.deleteIfExists(out);
		}
	}

	private static BufferedImage copy(BufferedImage frame) {
		BufferedImage copy = new BufferedImage(frame.getWidth(), frame.getHeight(), frame.getType());
		copy.createGraphics().drawImage(frame, 0, 0, null);
		return copy;
	}

}
