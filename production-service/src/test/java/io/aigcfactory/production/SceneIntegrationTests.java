package io.aigcfactory.production;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Authorship;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Scene;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.ModelStats;
import io.aigcfactory.test.kserve.SdxlTestModel;
import io.aigcfactory.test.kserve.TtsTestModel;
import io.grpc.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production with scenes from the KServe test server's {@code sdxl} model and narration
 * from its {@code tts} model over a loopback socket, against real PostgreSQL and Kafka: a
 * concept with a scene gets a main image whose background is the model's scene for that
 * prompt and seed with the layout on top; when the model fails, the image falls back to
 * the drawn backdrop and the asset says why. Likewise a video is narrated by the TTS
 * model, or by the fallback voice with the reason on the asset.
 */
@SpringBootTest(classes = ProductionApplication.class,
		properties = { "spring.config.name=production-service", "aigc.production.scene.backend=triton",
				"aigc.production.scene.width=512", "aigc.production.scene.height=512", "aigc.production.scene.steps=20",
				"aigc.production.scene.deadline=30s", "aigc.production.video.narrator=triton" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class SceneIntegrationTests {

	static final KServeTestServer MODELS = KServeTestServer.onSocket(
			SdxlTestModel.model("sdxl").withCost(Duration.ofMillis(20), Duration.ofMillis(5)),
			TtsTestModel.model("tts"));

	static final Path BLOBS = temporary();

	private static final int SCENE_SIDE = 512;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "production");
		registry.add("aigc.storage.root", BLOBS::toString);
		registry.add("aigc.inference.models.sdxl.endpoints[0]", MODELS::target);
		registry.add("aigc.inference.models.tts.endpoints[0]", MODELS::target);
	}

	@AfterAll
	static void stop() {
		MODELS.close();
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Autowired
	MockMvc mvc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void theMainImageStandsOnTheGeneratedSceneAndFallsBackToTheDrawnOneWithTheReason() throws Exception {
		Scene scene = new Scene("清晨 地铁站 通勤人群 柔和晨光 浅景深", "文字, 水印, 人脸特写", 20261130L);
		long failedBefore = MODELS.stats("sdxl").failed();
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			AssetProduced generated = produce(assets, concept(scene));
			BufferedImage image = mainImage(generated);
			byte[] expected = SdxlTestModel.paint(scene.prompt(), scene.seed(), SCENE_SIDE, SCENE_SIDE);
			byte[] otherPrompt = SdxlTestModel.paint("深夜 书房 台灯 暖色", scene.seed(), SCENE_SIDE, SCENE_SIDE);
			int fromScene = 0;
			int fromOtherPrompt = 0;
			for (int y = 20; y < 780; y += 40) {
				for (int x : new int[] { 6, 793 }) {
					fromScene += (distance(image.getRGB(x, y), sceneAt(expected, x, y)) <= 8) ? 1 : 0;
					fromOtherPrompt += (distance(image.getRGB(x, y), sceneAt(otherPrompt, x, y)) <= 8) ? 1 : 0;
				}
			}
			assertThat(fromScene).as("margin pixels from the generated scene").isEqualTo(38);
			assertThat(fromOtherPrompt).as("margin pixels matching another prompt's scene").isLessThan(10);
			assertThat(coveredShare(image, expected)).as("share of the inner area painted over the scene")
				.isGreaterThan(0.2);
			this.mvc.perform(get("/api/v1/assets/" + generated.assetId()).header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.asset.backdrop.kind").value("GENERATED"))
				.andExpect(jsonPath("$.asset.backdrop.fallback").doesNotExist());

			MODELS.failNext("sdxl", 1, Status.Code.INTERNAL);
			AssetProduced drawn = produce(assets, concept(scene));
			BufferedImage fallback = mainImage(drawn);
			int stillScene = 0;
			for (int y = 20; y < 780; y += 40) {
				stillScene += (distance(fallback.getRGB(6, y), sceneAt(expected, 6, y)) <= 8) ? 1 : 0;
			}
			assertThat(stillScene).as("margin pixels of the fallback image from the scene").isLessThan(5);
			this.mvc.perform(get("/api/v1/assets/" + drawn.assetId()).header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.asset.backdrop.kind").value("DRAWN"))
				.andExpect(jsonPath("$.asset.backdrop.fallback").value(startsWith("BACKEND_FAILURE")));
			assertThat(MODELS.stats("sdxl").failed()).isEqualTo(failedBefore + 1);
		}
	}

	@Test
	void theVideoIsNarratedByTheTtsModelOrByTheFallbackVoiceWithTheReason() throws Exception {
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			AssetProduced narrated = produce(assets, concept(null, "taobao"));
			assertThat(narrated.renditions())
				.anySatisfy((rendition) -> assertThat(rendition.kind()).isEqualTo(RenditionKind.VIDEO));
			this.mvc.perform(get("/api/v1/assets/" + narrated.assetId()).header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.asset.narration").value("TRITON"))
				.andExpect(jsonPath("$.asset.narrationFallback").doesNotExist());

			MODELS.failNext("tts", 1, Status.Code.INTERNAL);
			AssetProduced fellBack = produce(assets, concept(null, "taobao"));
			this.mvc.perform(get("/api/v1/assets/" + fellBack.assetId()).header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.asset.narration")
					.value(Files.isExecutable(Path.of("/usr/bin/espeak-ng")) ? "ESPEAK_NG" : "NONE"))
				.andExpect(jsonPath("$.asset.narrationFallback").value(startsWith("BACKEND_FAILURE")));
		}
	}

	@Test
	void conceptsProducedTogetherShareBatchesAndEachGetsItsOwnScene() throws Exception {
		// Concepts of one partition are consumed one after another, and the model runs
		// one
		// batch at a time: with all three partitions busy, two listener threads wait
		// while
		// the third one's scene is painted, and their scenes share the next batch.
		List<ConceptCreated> concepts = new java.util.ArrayList<>();
		java.util.Set<Integer> partitions = new java.util.HashSet<>();
		while (partitions.size() < 3) {
			concepts.clear();
			partitions.clear();
			for (int i = 0; i < 6; i++) {
				ConceptCreated concept = concept(new Scene("木质桌面 绿植 午后阳光 第" + i + "款", "文字", 300 + i));
				concepts.add(concept);
				partitions.add(partitionOf(Topics.CONCEPT.keyFor(concept)));
			}
		}
		ModelStats before = MODELS.stats("sdxl");
		MODELS.addLatency("sdxl", Duration.ofSeconds(3));
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			for (ConceptCreated concept : concepts) {
				this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
			}
			for (ConceptCreated concept : concepts) {
				BufferedImage image = mainImage(awaitAsset(assets, concept));
				Scene scene = java.util.Objects.requireNonNull(concept.scene());
				byte[] expected = SdxlTestModel.paint(scene.prompt(), scene.seed(), SCENE_SIDE, SCENE_SIDE);
				int fromScene = 0;
				for (int y = 20; y < 780; y += 40) {
					fromScene += (distance(image.getRGB(6, y), sceneAt(expected, 6, y)) <= 8) ? 1 : 0;
				}
				assertThat(fromScene).as("margin pixels from the scene of %s", scene.prompt()).isEqualTo(19);
			}
		}
		finally {
			MODELS.addLatency("sdxl", Duration.ZERO);
		}
		ModelStats after = MODELS.stats("sdxl");
		assertThat(after.items() - before.items()).isEqualTo(6);
		assertThat(after.largestBatch()).isGreaterThan(1);
		assertThat(after.requests() - before.requests()).isLessThan(6);
	}

	/** The partition Kafka's default partitioner picks for a key among three. */
	private static int partitionOf(String key) {
		return org.apache.kafka.common.utils.Utils.toPositive(
				org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))) % 3;
	}

	private AssetProduced produce(TopicProbe assets, ConceptCreated concept) throws Exception {
		this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
		return awaitAsset(assets, concept);
	}

	private AssetProduced awaitAsset(TopicProbe assets, ConceptCreated concept) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> assets.records()
				.stream()
				.map((record) -> (AssetProduced) EventCodec.decode(record.value(), AssetEvent.class))
				.filter((event) -> event.conceptId().equals(concept.conceptId()))
				.toList(), (found) -> !found.isEmpty())
			.getFirst();
	}

	private BufferedImage mainImage(AssetProduced produced) throws Exception {
		Rendition image = produced.renditions()
			.stream()
			.filter((rendition) -> rendition.name().equals("main-800x800.png"))
			.findFirst()
			.orElseThrow();
		return ImageIO.read(new ByteArrayInputStream(this.blobs.read(image.uri())));
	}

	private static ConceptCreated concept(Scene scene) {
		return concept(scene, "jd");
	}

	private static ConceptCreated concept(@org.jspecify.annotations.Nullable Scene scene, String channel) {
		return new ConceptCreated(EventMetadata.now("acme"), RequirementId.next(), ConceptId.next(), 1, Angle.SCENARIO,
				"fresh",
				new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购", List.of("40dB 主动降噪", "30 小时续航")),
				new Product("AUD-1001", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", new BigDecimal("299.00"),
						List.of("40dB 主动降噪", "30 小时续航"), "通勤上班族", null),
				List.of(channel), null, scene, Authorship.TEMPLATE, null);
	}

	/** The scene's pixel under a point of the 800×800 image it covers. */
	private static int sceneAt(byte[] scene, int x, int y) {
		double scale = 800.0 / SCENE_SIDE;
		int sx = Math.min((int) ((x + 0.5) / scale), SCENE_SIDE - 1);
		int sy = Math.min((int) ((y + 0.5) / scale), SCENE_SIDE - 1);
		int offset = (sy * SCENE_SIDE + sx) * 3;
		return (scene[offset] & 0xFF) << 16 | (scene[offset + 1] & 0xFF) << 8 | (scene[offset + 2] & 0xFF);
	}

	/** The share of the area inside the margins whose pixels are not the scene's. */
	private static double coveredShare(BufferedImage image, byte[] scene) {
		int covered = 0;
		int sampled = 0;
		for (int y = 48; y < 752; y += 8) {
			for (int x = 48; x < 752; x += 8) {
				sampled++;
				covered += (distance(image.getRGB(x, y), sceneAt(scene, x, y)) > 40) ? 1 : 0;
			}
		}
		return (double) covered / sampled;
	}

	private static int distance(int one, int other) {
		return Math.max(Math.abs(((one >> 16) & 0xFF) - ((other >> 16) & 0xFF)), Math
			.max(Math.abs(((one >> 8) & 0xFF) - ((other >> 8) & 0xFF)), Math.abs((one & 0xFF) - (other & 0xFF))));
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("production-scene-it");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
