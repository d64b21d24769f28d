package io.aigcfactory.inspection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.FailureEvent;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.TestModel;
import io.aigcfactory.test.kserve.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault R4: the embedding model behind the originality check runs on a KServe v2 server
 * (the project's test server, on a loopback socket) that goes down while assets arrive
 * and comes back slow (2 s a batch). The outage is shortened from the 30 s to 8
 * s, with the retry budget scaled down alike (15 s instead of 3 minutes), to keep the
 * test short; the shape is the same. Judged from the topics: every asset gets exactly one
 * verdict, the dead-letter topic stays empty, and an asset whose model stays down past
 * the budget is given up on with {@code StageFailed} (stage {@code inspection}) instead
 * of hanging or being dead-lettered.
 */
@SpringBootTest(classes = InspectionApplication.class,
		properties = { "spring.config.name=inspection-service", "aigc.inference.models.embedding.backend=triton",
				"aigc.inference.models.embedding.triton-name=" + ModelOutageIntegrationTests.MODEL,
				"aigc.inference.models.embedding.deadline=10s", "aigc.inference.models.embedding.max-batch-size=8",
				"aigc.messaging.transient-retry.first-delay=500ms", "aigc.messaging.transient-retry.multiplier=2",
				"aigc.messaging.transient-retry.blocking-max-delay=2s",
				"aigc.messaging.transient-retry.blocking-budget=15s" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ModelOutageIntegrationTests {

	static final String MODEL = "bge-on-triton";

	static final Duration SLOW = Duration.ofSeconds(2);

	static final Path ROOT = temporary();

	static KServeTestServer server = KServeTestServer.onSocket(model());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "inspection");
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
		registry.add("aigc.inspection.originality.index-directory", () -> ROOT.resolve("index").toString());
		registry.add("aigc.inference.models.embedding.endpoints", () -> server.target());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void retriesAbsorbAModelOutageAndAnOutageBeyondTheBudgetIsGivenUpOnInTheOpen() throws Exception {
		try (TopicProbe verdicts = new TopicProbe(this.brokers, Topics.INSPECTION.name());
				TopicProbe failures = new TopicProbe(this.brokers, Topics.FAILURE.name());
				TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName())) {
			// Warm: the model answers before the fault.
			AssetProduced first = produced(0);
			send(first);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> verdictsOf(verdicts, Set.of(first.assetId())).size() == 1);

			// Down for 8 s while six assets arrive, then back slow.
			int port = server.port();
			server.close();
			List<AssetProduced> during = new ArrayList<>();
			for (int i = 1; i <= 6; i++) {
				AssetProduced asset = produced(i);
				during.add(asset);
				send(asset);
			}
			Set<AssetId> ids = during.stream().map(AssetProduced::assetId).collect(Collectors.toSet());
			// The outage lasts 8 s; verdicts and dead letters stay once written, so none
			// at
			// its end means none all through it.
			await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12)).untilAsserted(() -> {
				assertThat(verdictsOf(verdicts, ids)).as("verdicts without the model").isEmpty();
				assertThat(deadLetters.records()).as("dead letters during the outage").isEmpty();
			});
			server = KServeTestServer.onSocket(port, model());
			server.addLatency(MODEL, SLOW);
			Instant back = Instant.now();
			List<AssetInspected> judged = await().atMost(Duration.ofSeconds(60))
				.until(() -> verdictsOf(verdicts, ids), (found) -> found.size() >= ids.size());
			Duration settled = Duration.between(back, Instant.now());
			assertThat(judged).hasSize(6);
			assertThat(judged).extracting(AssetInspected::assetId).containsExactlyInAnyOrderElementsOf(ids);
			assertThat(judged).allSatisfy((verdict) -> assertThat(verdict.verdict()).isEqualTo(Verdict.APPROVED));
			assertThat(server.stats(MODEL).items()).as("the copies were embedded by the model once it was back")
				.isGreaterThanOrEqualTo(6);
			// Deadlines hold: the backlog cleared within the longest wait plus a few slow
			// batches, far inside the 10 s embedding deadline each.
			assertThat(settled).isLessThan(Duration.ofSeconds(30));
			System.out.printf("R4: six assets judged %d ms after the model came back%n", settled.toMillis());

			// Down for good: the retry budget (15 s) runs out and the asset is given up
			// on.
			server.close();
			AssetProduced stranded = produced(7);
			Instant sent = Instant.now();
			send(stranded);
			StageFailed failure = await().atMost(Duration.ofSeconds(60))
				.until(() -> failuresOf(failures, stranded.assetId()), (found) -> !found.isEmpty())
				.get(0);
			System.out.printf("R4: given up on %d ms after it was sent, after %d attempts%n",
					Duration.between(sent, Instant.now()).toMillis(), failure.attempts());
			assertThat(failure.stage()).isEqualTo("inspection");
			assertThat(failure.reason()).isEqualTo("MODEL_UNAVAILABLE");
			assertThat(failure.requirementId()).isEqualTo(stranded.requirementId());
			assertThat(failure.conceptId()).isEqualTo(stranded.conceptId());
			assertThat(failure.attempts()).isGreaterThan(3);
			assertThat(verdictsOf(verdicts, Set.of(stranded.assetId()))).isEmpty();
			assertThat(failuresOf(failures, stranded.assetId())).hasSize(1);
			assertThat(deadLetters.records()).as("nothing was dead-lettered").isEmpty();
			assertThat(verdictsOf(verdicts, ids)).hasSize(6);
		}
	}

	private static TestModel model() {
		return TestModels.textEmbedding(MODEL, 512);
	}

	private void send(AssetProduced asset) throws Exception {
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(asset), asset).get();
	}

	private static List<AssetInspected> verdictsOf(TopicProbe verdicts, Set<AssetId> assets) {
		return verdicts.records()
			.stream()
			.map((record) -> (AssetInspected) EventCodec.decode(record.value(), InspectionEvent.class))
			.filter((event) -> assets.contains(event.assetId()))
			.toList();
	}

	private static List<StageFailed> failuresOf(TopicProbe failures, AssetId asset) {
		return failures.records()
			.stream()
			.map((record) -> (StageFailed) EventCodec.decode(record.value(), FailureEvent.class))
			.filter((event) -> asset.equals(event.assetId()))
			.toList();
	}

	private AssetProduced produced(int n) throws IOException {
		AssetId asset = AssetId.next();
		Copy copy = new Copy("静音通勤耳机，编号 " + asset, "主动降噪，续航 " + (20 + n) + " 小时。", "立即选购", List.of("主动降噪"));
		StoredBlob text = this.blobs.put("assets/" + asset + "/copy.txt",
				copy.fullText().getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
		StoredBlob image = this.blobs.put("assets/" + asset + "/main-800x800.png",
				png(asset.value().getLeastSignificantBits()), "image/png");
		return new AssetProduced(EventMetadata.now("outage"), RequirementId.next(), asset, ConceptId.next(), 1,
				Angle.SCENARIO, new ProductSummary("AUD-1001", "降噪耳机", "声悦", "数码/耳机"), copy,
				List.of(new Rendition(RenditionKind.COPY, "copy.txt", text.uri(), text.mediaType(), 0, 0, text.bytes(),
						text.sha256()),
						new Rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", image.uri(), "image/png", 800, 800,
								image.bytes(), image.sha256())),
				List.of("taobao"));
	}

	/**
	 * A main image of blocks placed by the seed, so that each asset's passes the quality
	 * gate and is no near-duplicate of another's.
	 */
	private static byte[] png(long seed) throws IOException {
		BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D graphics = image.createGraphics();
		graphics.setColor(new java.awt.Color(0xE53935));
		graphics.fillRect(100, 100, 600, 600);
		java.util.Random random = new java.util.Random(seed);
		for (int i = 0; i < 12; i++) {
			graphics.setColor(new java.awt.Color(random.nextInt(0xFFFFFF)));
			graphics.fillRect(random.nextInt(700), random.nextInt(700), 40 + random.nextInt(200),
					40 + random.nextInt(200));
		}
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("inspection-outage-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
