package io.aigcfactory.production.video.triton;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ShortBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.events.Copy;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonChannels;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.production.video.Narration;
import io.aigcfactory.production.video.PromoVideos;
import io.aigcfactory.production.video.VideoSettings;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.ModelStats;
import io.aigcfactory.test.kserve.TtsTestModel;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Triton narrator against the KServe test server's {@code tts} model over a loopback
 * socket, through the shared batcher: scripts spoken together share batches and each gets
 * its own speech, cut from the padded batch at its own length; a failing model gives the
 * fallback voice and the reason; a narrated video carries the model's speech over the
 * music bed.
 */
class TritonNarratorIntegrationTests {

	static final KServeTestServer SERVER = KServeTestServer
		.onSocket(TtsTestModel.model("tts").withCost(Duration.ofMillis(150), Duration.ofMillis(2)));

	static ManagedChannel channel;

	static DynamicBatcher<ModelInput, ModelOutput> batcher;

	@BeforeAll
	static void connect() {
		channel = TritonChannels.open(SERVER.target(), 64 << 20, Duration.ofMinutes(1));
		TritonBackend backend = new TritonBackend(TritonModel.batched("tts"),
				List.of(new TritonClient(SERVER.target(), channel, 64 << 20)));
		batcher = new DynamicBatcher<>(backend, BatchPolicy.ofItems(8, Duration.ofMillis(10)), (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE);
	}

	@AfterAll
	static void close() {
		batcher.close();
		channel.shutdownNow();
		SERVER.close();
	}

	@Test
	void scriptsSpokenTogetherShareBatchesAndEachGetsItsOwnSpeech() {
		List<String> scripts = List.of("一杯热水，暖一整天。", "保温", "316 不锈钢内胆，12 小时保温，马上入手！", "通勤路上随手一杯", "好");
		TritonNarrator narrator = new TritonNarrator(batcher, Duration.ofSeconds(10), (script) -> Narration.none());
		ModelStats before = SERVER.stats("tts");

		List<CompletableFuture<Narration>> spoken = new ArrayList<>();
		for (String script : scripts) {
			spoken.add(CompletableFuture.supplyAsync(() -> narrator.narrate(script)));
		}

		for (int k = 0; k < scripts.size(); k++) {
			String script = scripts.get(k);
			Narration narration = spoken.get(k).join();
			assertThat(narration.voice()).isEqualTo(Narration.Voice.TRITON);
			assertThat(narration.fallback()).isNull();
			assertThat(narration.sampleRate()).isEqualTo(TtsTestModel.SAMPLE_RATE);
			assertThat(narration.durationMillis()).as(script)
				.isEqualTo(script.codePointCount(0, script.length()) * (long) TtsTestModel.CHAR_MILLIS);
			float[] expected = TtsTestModel.speak(script);
			for (int i = 0; i < expected.length; i += 7) {
				assertThat(narration.samples()[i] / (double) Short.MAX_VALUE).as("%s sample %d", script, i)
					.isCloseTo(expected[i], within(1e-4));
			}
			int first = script.codePointAt(0);
			assertThat(pitch(narration.samples(), 0)).as("the first character's tone in %s", script)
				.isCloseTo(TtsTestModel.pitch(first), within(TtsTestModel.pitch(first) * 0.05));
		}
		ModelStats after = SERVER.stats("tts");
		assertThat(after.items() - before.items()).isEqualTo(scripts.size());
		assertThat(after.requests() - before.requests()).isLessThan(scripts.size());
	}

	@Test
	void aFailingModelGivesTheFallbackVoiceWithTheReason() {
		short[] fallbackSpeech = { 1, 2, 3 };
		TritonNarrator narrator = new TritonNarrator(batcher, Duration.ofSeconds(10),
				(script) -> new Narration(Narration.Voice.ESPEAK_NG, fallbackSpeech, 22_050));
		SERVER.failNext("tts", 1, Status.Code.INTERNAL);

		Narration narration = narrator.narrate("一杯热水");

		assertThat(narration.voice()).isEqualTo(Narration.Voice.ESPEAK_NG);
		assertThat(narration.samples()).isEqualTo(fallbackSpeech);
		assertThat(narration.fallback()).startsWith("BACKEND_FAILURE");

		Narration refused = narrator.narrate(" ");
		assertThat(refused.voice()).isEqualTo(Narration.Voice.ESPEAK_NG);
		assertThat(refused.fallback()).startsWith("INVALID_INPUT");
	}

	@Test
	void aNarratedVideoCarriesTheModelsSpeechOverTheMusicBed() throws Exception {
		TritonNarrator narrator = new TritonNarrator(batcher, Duration.ofSeconds(10), (script) -> Narration.none());
		PromoVideos videos = new PromoVideos(narrator, new VideoSettings.Music(true, -20, 12, Duration.ofMillis(400)),
				25, 800_000);
		Copy copy = new Copy("一杯热水，暖一整天", "316 不锈钢内胆，12 小时保温。", "马上入手", List.of("12 小时保温"));

		PromoVideos.PromoVideo video = videos.make("暖暖 保温杯", copy, List.of(picture()), 360, 640, Duration.ofSeconds(3),
				Duration.ofSeconds(20), (keepOut) -> (frame, millis) -> {
				});

		assertThat(video.voice()).isEqualTo(Narration.Voice.TRITON);
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(video.mp4()))) {
			grabber.start();
			assertThat(grabber.getAudioChannels()).isEqualTo(1);
			assertThat(grabber.getSampleRate()).isEqualTo(TtsTestModel.SAMPLE_RATE);
			assertThat(grabber.getLengthInTime() / 1000).isCloseTo(video.durationMillis(), within(300L));
			long loud = 0;
			Frame frame;
			while ((frame = grabber.grabSamples()) != null) {
				ShortBuffer samples = (ShortBuffer) frame.samples[0];
				while (samples.hasRemaining()) {
					loud += (Math.abs(samples.get()) > 3_000) ? 1 : 0;
				}
			}
			assertThat(loud).as("samples louder than the bed").isGreaterThan(TtsTestModel.SAMPLE_RATE / 2);
		}
	}

	/** The tone of a character from its zero crossings, away from its fades. */
	private static double pitch(short[] samples, int character) {
		int length = TtsTestModel.SAMPLE_RATE * TtsTestModel.CHAR_MILLIS / 1000;
		int from = character * length + 200;
		int to = (character + 1) * length - 200;
		int crossings = 0;
		for (int i = from + 1; i < to; i++) {
			crossings += ((samples[i - 1] < 0) != (samples[i] < 0)) ? 1 : 0;
		}
		return crossings / (2.0 * (to - from) / TtsTestModel.SAMPLE_RATE);
	}

	private static BufferedImage picture() {
		BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x3366CC));
		graphics.fillRect(0, 0, 400, 400);
		graphics.dispose();
		return image;
	}

}
