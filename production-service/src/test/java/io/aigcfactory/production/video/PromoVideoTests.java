package io.aigcfactory.production.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aigcfactory.events.Copy;
import io.aigcfactory.production.video.espeak.EspeakNarrator;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Promo videos decoded back with JavaCV's FFmpeg: size, frame rate, duration, an audio
 * stream, and subtitles that parse as SRT and stay within the video.
 */
class PromoVideoTests {

	private static final Copy COPY = new Copy("一杯热水，暖一整天", "316 不锈钢内胆，12 小时保温。通勤路上随手一杯热水！", "马上入手",
			List.of("12 小时保温", "一键开盖单手喝"));

	/** These tests are about the video itself; marking it has tests of its own. */
	private static final FrameMarking UNMARKED = (keepOut) -> (frame, millis) -> {
	};

	private static final Pattern CUE = Pattern.compile(
			"(\\d+)\\n(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})\\n([^\\n]+)\\n\\n");

	@Test
	void aCaptionsOnlyVideoDecodesToItsSizeRateAndLengthWithASilentAudioStream() throws Exception {
		PromoVideos videos = new PromoVideos((script) -> Narration.none(), 25, 1_500_000);

		PromoVideos.PromoVideo video = videos.make("暖暖 316 不锈钢保温杯 500ml", COPY, pictures(), 720, 1280,
				Duration.ofSeconds(10), Duration.ofSeconds(20), UNMARKED);

		assertThat(video.voice()).isEqualTo(Narration.Voice.NONE);
		assertThat(video.durationMillis()).isBetween(10_000L, 20_000L);
		Decoded decoded = decode(video.mp4());
		assertThat(decoded.width()).isEqualTo(720);
		assertThat(decoded.height()).isEqualTo(1280);
		assertThat(decoded.frameRate()).isCloseTo(25, org.assertj.core.data.Offset.offset(0.01));
		assertThat(decoded.codec()).isEqualTo("h264");
		assertThat(decoded.audioChannels()).isEqualTo(1);
		assertThat(decoded.lengthMillis()).isCloseTo(video.durationMillis(), org.assertj.core.data.Offset.offset(300L));
		assertThat(decoded.frames()).isCloseTo((int) (video.durationMillis() * 25 / 1000),
				org.assertj.core.data.Offset.offset(2));
		assertThat(decoded.differentFrames()).as("the pictures move").isTrue();
		List<long[]> cues = parseSrt(video.srtText());
		assertThat(cues).hasSize(4);
		assertThat(cues.getLast()[1]).isLessThanOrEqualTo(video.durationMillis());
	}

	@Test
	void anEspeakNarratedVideoIsAsLongAsItsNarrationWithinTheChannelsBounds() throws Exception {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/espeak-ng"))).as("espeak-ng installed by .ci/run").isTrue();
		EspeakNarrator narrator = new EspeakNarrator("espeak-ng", "cmn", 190, Duration.ofSeconds(20));
		Narration narration = narrator.narrate(VideoScript.of(COPY).script());
		assertThat(narration.voice()).isEqualTo(Narration.Voice.ESPEAK_NG);
		assertThat(narration.durationMillis()).isGreaterThan(3_000);
		assertThat(Math.abs(Short.MAX_VALUE) > 0 && loudest(narration.samples()) > 1_000).as("audible").isTrue();

		PromoVideos.PromoVideo video = new PromoVideos((script) -> narration, 25, 1_500_000).make("暖暖 保温杯", COPY,
				pictures(), 720, 1280, Duration.ofSeconds(10), Duration.ofSeconds(20), UNMARKED);

		assertThat(video.voice()).isEqualTo(Narration.Voice.ESPEAK_NG);
		assertThat(video.durationMillis()).isEqualTo(Math.clamp(narration.durationMillis() + 1100, 10_000, 20_000));
		assertThat(decode(video.mp4()).audioChannels()).isEqualTo(1);
	}

	@Test
	void aMissingEspeakMeansCaptionsOnly() {
		Narration narration = new EspeakNarrator("/nonexistent/espeak-ng", "cmn", 190, Duration.ofSeconds(5))
			.narrate("你好");

		assertThat(narration.voice()).isEqualTo(Narration.Voice.NONE);
		assertThat(narration.samples()).isEmpty();
	}

	private static int loudest(short[] samples) {
		int loudest = 0;
		for (short sample : samples) {
			loudest = Math.max(loudest, Math.abs(sample));
		}
		return loudest;
	}

	/** Parses SRT strictly: consecutive numbers, ordered times, text on one line. */
	static List<long[]> parseSrt(String srt) {
		Matcher matcher = CUE.matcher(srt);
		List<long[]> cues = new ArrayList<>();
		int end = 0;
		while (matcher.find() && matcher.start() == end) {
			assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(cues.size() + 1);
			long start = millis(matcher, 2);
			long stop = millis(matcher, 6);
			assertThat(stop).isGreaterThan(start);
			if (!cues.isEmpty()) {
				assertThat(start).isGreaterThanOrEqualTo(cues.getLast()[1]);
			}
			cues.add(new long[] { start, stop });
			end = matcher.end();
		}
		assertThat(end).as("the whole file is cues").isEqualTo(srt.length());
		return cues;
	}

	private static long millis(Matcher matcher, int group) {
		return Long.parseLong(matcher.group(group)) * 3_600_000 + Long.parseLong(matcher.group(group + 1)) * 60_000
				+ Long.parseLong(matcher.group(group + 2)) * 1000 + Long.parseLong(matcher.group(group + 3));
	}

	private static List<BufferedImage> pictures() {
		return List.of(picture(new Color(0x3366CC)), picture(new Color(0xCC6633)));
	}

	private static BufferedImage picture(Color colour) {
		BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, 800, 800);
		graphics.setColor(Color.WHITE);
		for (int x = 0; x < 800; x += 100) {
			graphics.fillRect(x, 0, 20, 800);
		}
		graphics.dispose();
		return image;
	}

	static Decoded decode(byte[] mp4) throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4))) {
			grabber.start();
			int frames = 0;
			long firstHash = 0;
			boolean different = false;
			Frame frame;
			while ((frame = grabber.grabImage()) != null) {
				long hash = frame.image[0].hashCode() == 0 ? 0 : sample(frame);
				if (frames == 0) {
					firstHash = hash;
				}
				else if (hash != firstHash) {
					different = true;
				}
				frames++;
			}
			return new Decoded(grabber.getImageWidth(), grabber.getImageHeight(), grabber.getFrameRate(),
					grabber.getVideoCodecName(), grabber.getAudioChannels(), grabber.getLengthInTime() / 1000, frames,
					different);
		}
	}

	private static long sample(Frame frame) {
		java.nio.ByteBuffer pixels = (java.nio.ByteBuffer) frame.image[0];
		long sum = 0;
		for (int index = 0; index < pixels.limit(); index += 997) {
			sum = sum * 31 + pixels.get(index);
		}
		return sum;
	}

	record Decoded(int width, int height, double frameRate, String codec, int audioChannels, long lengthMillis,
			int frames, boolean differentFrames) {

	}

}
