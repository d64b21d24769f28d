package io.aigcfactory.distribution;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.PublicationEvent;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
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
 * The distribution service against real PostgreSQL and Kafka: approved assets are
 * exported to every target channel and announced; a channel that keeps failing ends in a
 * PublicationFailed; rejected assets go nowhere.
 */
@SpringBootTest(classes = DistributionApplication.class, properties = "spring.config.name=distribution-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DistributionIntegrationTests {

	static final Path ROOT = createRoot();

	static final HttpServer BROKEN_RECEIVER = brokenReceiver();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "distribution");
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
		registry.add("aigc.distribution.export-root", () -> ROOT.resolve("out").toString());
		registry.add("aigc.distribution.retry.max-attempts", () -> "2");
		registry.add("aigc.distribution.retry.base-delay", () -> "100ms");
		registry.add("aigc.channels.catalog.partner.kind", () -> "webhook");
		registry.add("aigc.channels.catalog.partner.url",
				() -> "http://127.0.0.1:" + BROKEN_RECEIVER.getAddress().getPort() + "/hook");
	}

	@AfterAll
	static void stopReceiver() {
		BROKEN_RECEIVER.stop(0);
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void exportsAnApprovedAssetToEveryTargetChannelAndAnnouncesIt() throws Exception {
		AssetInspected asset = Assets.approved(this.blobs, List.of("taobao", "jd"));
		try (TopicProbe publications = new TopicProbe(this.brokers, Topics.PUBLICATION.name())) {
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(asset), asset).get();

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(announced(publications, asset)).filteredOn(AssetPublished.class::isInstance)
							.extracting((event) -> ((AssetPublished) event).channel())
							.containsExactlyInAnyOrder("taobao", "jd"));
		}
		for (String channel : List.of("taobao", "jd")) {
			Path folder = ROOT.resolve("out").resolve(channel).resolve("AUD-1001").resolve(asset.assetId().toString());
			assertThat(Files.readString(folder.resolve("copy.txt"))).isEqualTo("通勤路上，世界安静下来");
			assertThat(Files.readAllLines(ROOT.resolve("out").resolve(channel).resolve("manifest.jsonl")))
				.anySatisfy((line) -> assertThat(line).contains(asset.assetId().toString()));
		}
	}

	@Test
	void announcesAFailureOnceTheAttemptsAreSpent() throws Exception {
		AssetInspected asset = Assets.approved(this.blobs, List.of("partner"));
		try (TopicProbe publications = new TopicProbe(this.brokers, Topics.PUBLICATION.name())) {
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(asset), asset).get();

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(announced(publications, asset)).singleElement()
					.isInstanceOfSatisfying(PublicationFailed.class, (failed) -> {
						assertThat(failed.channel()).isEqualTo("partner");
						assertThat(failed.attempts()).isEqualTo(2);
						assertThat(failed.reason()).contains("503");
					}));
		}
	}

	@Test
	void publishesNothingOfARejectedAsset() throws Exception {
		AssetInspected approved = Assets.approved(this.blobs, List.of("taobao"));
		AssetInspected rejected = new AssetInspected(approved.metadata(), approved.requirementId(), approved.assetId(),
				approved.conceptId(), 1, approved.angle(), Verdict.REJECTED,
				List.of(new Finding(Finding.Stage.COMPLIANCE, "ABSOLUTE_TERM", "绝对化用语", "最佳")), approved.product(),
				approved.renditions(), approved.channels());
		AssetInspected later = Assets.approved(this.blobs, List.of("taobao"));
		try (TopicProbe publications = new TopicProbe(this.brokers, Topics.PUBLICATION.name())) {
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(rejected), rejected).get();
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(later), later).get();
			await().atMost(Duration.ofSeconds(30)).until(() -> !announced(publications, later).isEmpty());
			assertThat(announced(publications, rejected)).isEmpty();
		}
	}

	private static List<PublicationEvent> announced(TopicProbe probe, AssetInspected asset) {
		return probe.records()
			.stream()
			.filter((record) -> record.key().equals(asset.assetId().toString()))
			.map((record) -> EventCodec.decode(record.value(), PublicationEvent.class))
			.toList();
	}

	private static Path createRoot() {
		try {
			return Files.createTempDirectory("distribution-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer brokenReceiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/hook", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
