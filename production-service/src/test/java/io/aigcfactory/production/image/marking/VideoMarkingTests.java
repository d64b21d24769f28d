package io.aigcfactory.production.image.marking;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Copy;
import io.aigcfactory.platform.channel.ChannelProfile;
import io.aigcfactory.platform.channel.ChannelProfiles;
import io.aigcfactory.platform.channel.TextCounting;
import io.aigcfactory.production.image.RenditionMarking.MarkingSubject;
import io.aigcfactory.production.image.marking.MarkingSettings.ChannelMarks;
import io.aigcfactory.production.image.marking.MarkingSettings.Corner;
import io.aigcfactory.production.image.marking.MarkingSettings.ImageMark;
import io.aigcfactory.production.image.marking.MarkingSettings.TextMark;
import io.aigcfactory.production.image.marking.MarkingSettings.VideoMark;
import io.aigcfactory.production.video.FrameMarking;
import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.PromoVideos;
import io.aigcfactory.trust.boot.TrustSettings;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.LabelSigner;
import io.aigcfactory.trust.watermark.FrameAverage;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A promo video marked through {@link StandardRenditionMarking}, decoded back with
 * JavaCV: the visible mark on the opening frames only, at least 5% of the short side
 * high, in a corner the channel's profile leaves free and clear of the video's layout;
 * the watermark read from the frames' mean after an H.264 re-encode at half the bitrate;
 * and the signed label, as ExifTool reads it.
 */
class VideoMarkingTests {

	private static final String KEY = "a-test-key-of-thirty-two-bytes!!";

	private static final int WIDTH = 360;

	private static final int HEIGHT = 640;

	private static final int FRAME_RATE = 25;

	private static final Copy COPY = new Copy("一杯热水，暖一整天", "316 不锈钢内胆，12 小时保温。", "马上入手", List.of("12 小时保温"));

	private final Labels labels = new Labels(new LabelSigner(KEY.getBytes(StandardCharsets.UTF_8)));

	/**
	 * Douyin's marks ask for the bottom-left corner; its profile leaves only the top
	 * free.
	 */
	private final StandardRenditionMarking marking = new StandardRenditionMarking(
			new MarkingSettings(
					new ChannelMarks(new ImageMark("AI生成", Corner.TOP_RIGHT, 0.055, "#FFFFFF", "#000000A0"),
							new TextMark("【AI生成】", ""), VideoMark.DEFAULT),
					Map.of("douyin",
							new ChannelMarks(new ImageMark("AI生成", Corner.BOTTOM_LEFT, 0.055, "#FFFFFF", "#000000A0"),
									new TextMark("", "（本内容由人工智能生成）"), new VideoMark(Duration.ofSeconds(2))))),
			new TrustSettings("001191110102MAD55U9H0F10002", KEY, 39), this.labels, new Watermarker(),
			new ChannelProfiles(
					Map.of("douyin", profile(ChannelProfile.Corner.TOP_LEFT, ChannelProfile.Corner.TOP_RIGHT))));

	private final MarkingSubject subject = new MarkingSubject("acme", "0192f3a4-7c1e-7000-8000-000000000009",
			List.of("douyin"));

	@TempDir
	Path dir;

	@Test
	void theOpeningFramesShowTheMarkInAFreeCornerAndEveryFrameCarriesTheWatermark() throws Exception {
		PromoVideos videos = new PromoVideos((script) -> Narration.none(), FRAME_RATE, 800_000);
		AtomicReference<List<Rectangle>> layout = new AtomicReference<>();
		FrameMarking marks = (keepOut) -> {
			layout.set(keepOut);
			return this.marking.frames(this.subject, WIDTH, HEIGHT, keepOut)::mark;
		};
		byte[] marked = videos
			.make("保温杯", COPY, pictures(), WIDTH, HEIGHT, Duration.ofSeconds(3), Duration.ofSeconds(3), marks)
			.mp4();
		byte[] plain = videos.make("保温杯", COPY, pictures(), WIDTH, HEIGHT, Duration.ofSeconds(3), Duration.ofSeconds(3),
				(keepOut) -> (frame, millis) -> {
				})
			.mp4();
		List<BufferedImage> markedFrames = frames(marked);
		List<BufferedImage> plainFrames = frames(plain);

		for (int index : new int[] { 0, FRAME_RATE, 2 * FRAME_RATE - 2 }) {
			Rectangle ink = ink(plainFrames.get(index), markedFrames.get(index));
			assertThat(ink).as("the mark on frame %d", index).isNotNull();
			assertThat(ink.height).isGreaterThanOrEqualTo((int) Math.ceil(0.05 * WIDTH) - 1);
			assertThat(ink.x + ink.width).isLessThan(WIDTH / 2);
			assertThat(ink.y + ink.height).isLessThan(HEIGHT / 4);
			assertThat(layout.get()).noneMatch(ink::intersects);
		}
		assertThat(ink(plainFrames.get(2 * FRAME_RATE + 5), markedFrames.get(2 * FRAME_RATE + 5)))
			.as("no mark after the opening")
			.isNull();

		WatermarkPayload payload = WatermarkPayload.of("acme", this.subject.assetId());
		WatermarkReading reencoded = new WatermarkDetector().read(average(frames(reencoded(marked, 400_000))));
		assertThat(reencoded.bitAccuracy(payload)).isGreaterThanOrEqualTo(0.95);
		assertThat(reencoded.payload()).isEqualTo(payload);
		assertThat(new WatermarkDetector().read(average(plainFrames)).found()).isFalse();

		byte[] labelled = this.marking.file(marked, this.subject);
		LabelVerdict verdict = this.labels.verify(labelled);
		assertThat(verdict.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
		assertThat(verdict.signature()).isEqualTo(LabelVerdict.Signature.VALID);
		assertThat(frames(labelled)).hasSameSizeAs(markedFrames);
		assumeThat(Files.isExecutable(Path.of("/usr/bin/exiftool"))).as("exiftool installed by .ci/run").isTrue();
		assertThat(exiftool(labelled))
			.containsPattern("AIGC\\s+: \\{\"Label\":\"1\",.*\"ProduceID\":\"" + this.subject.assetId() + "\"");
	}

	@Test
	void videoCornersAreTheOnesEveryProfileLeavesFreeConfiguredFirst() {
		ChannelProfile.AiLabel top = profile(ChannelProfile.Corner.TOP_LEFT, ChannelProfile.Corner.TOP_RIGHT).aiLabel();
		ChannelProfile.AiLabel right = profile(ChannelProfile.Corner.BOTTOM_RIGHT, ChannelProfile.Corner.TOP_RIGHT)
			.aiLabel();
		assertThat(StandardRenditionMarking.corners(Corner.TOP_RIGHT, List.of(top))).containsExactly(Corner.TOP_RIGHT,
				Corner.TOP_LEFT, Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT);
		assertThat(StandardRenditionMarking.corners(Corner.BOTTOM_LEFT, List.of(top, right)))
			.containsExactly(Corner.TOP_RIGHT, Corner.BOTTOM_LEFT, Corner.TOP_LEFT, Corner.BOTTOM_RIGHT);
		assertThat(StandardRenditionMarking.corners(Corner.TOP_LEFT, List.of())).containsExactly(Corner.TOP_LEFT,
				Corner.TOP_RIGHT, Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT);
	}

	/** The bounds of the pixels the mark's white ink changed by much, or null. */
	private static Rectangle ink(BufferedImage plain, BufferedImage marked) {
		Rectangle bounds = null;
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				int a = plain.getRGB(x, y);
				int b = marked.getRGB(x, y);
				int difference = Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF));
				if (difference > 100) {
					Rectangle pixel = new Rectangle(x, y, 1, 1);
					bounds = (bounds == null) ? pixel : bounds.union(pixel);
				}
			}
		}
		return bounds;
	}

	private static FrameAverage average(List<BufferedImage> frames) {
		FrameAverage average = new FrameAverage(WIDTH, HEIGHT);
		frames.forEach(average::add);
		return average;
	}

	private static List<BufferedImage> frames(byte[] mp4) throws Exception {
		List<BufferedImage> frames = new ArrayList<>();
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4));
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			grabber.start();
			Frame frame;
			while ((frame = grabber.grabImage()) != null) {
				BufferedImage image = converter.convert(frame);
				BufferedImage copy = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
				copy.createGraphics().drawImage(image, 0, 0, null);
				frames.add(copy);
			}
		}
		return frames;
	}

	/** The video decoded and encoded again with openh264 at this bitrate. */
	private byte[] reencoded(byte[] mp4, int bitrate) throws Exception {
		Path out = this.dir.resolve("reencoded.mp4");
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4));
				FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), WIDTH, HEIGHT, 0)) {
			grabber.start();
			recorder.setFormat("mp4");
			recorder.setVideoCodecName("libopenh264");
			recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
			recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
			recorder.setFrameRate(FRAME_RATE);
			recorder.setVideoBitrate(bitrate);
			recorder.start();
			Frame frame;
			while ((frame = grabber.grabImage()) != null) {
				recorder.record(frame);
			}
			recorder.stop();
		}
		return Files.readAllBytes(out);
	}

	private String exiftool(byte[] mp4) throws IOException, InterruptedException {
		Path path = this.dir.resolve("promo.mp4");
		Files.write(path, mp4);
		Process process = new ProcessBuilder("exiftool", "-a", "-G1", "-s", path.toString()).redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	private static ChannelProfile profile(ChannelProfile.Corner... corners) {
		ChannelProfile.TextRule text = new ChannelProfile.TextRule(100, TextCounting.CHARACTERS, "test");
		return new ChannelProfile("Douyin", List.of(), text, text, new ChannelProfile.Hashtags(3, "test"),
				new ChannelProfile.AiLabel(List.of(corners), 0.05, "test"), null, null);
	}

	/** A product photo, as the videos show. */
	private static List<BufferedImage> pictures() throws IOException {
		return List.of(ImageIO.read(Path.of("../samples/photos/cup.jpg").toFile()));
	}

}
