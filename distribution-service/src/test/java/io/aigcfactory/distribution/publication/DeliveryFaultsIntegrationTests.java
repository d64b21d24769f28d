package io.aigcfactory.distribution.publication;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.distribution.Assets;
import io.aigcfactory.distribution.DistributionApplication;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.PublicationEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery faults injected against real PostgreSQL, Kafka and webhook receivers on
 * 127.0.0.1, judged by what the receivers got, what the table holds and what reached the
 * publication topic.
 */
@SpringBootTest(classes = DistributionApplication.class, properties = "spring.config.name=distribution-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class DeliveryFaultsIntegrationTests {

	static final Path ROOT = createRoot();

	static final CountDownLatch RELEASE_HUNG = new CountDownLatch(1);

	static final Map<String, List<Request>> RECEIVED = new ConcurrentHashMap<>();

	static final AtomicInteger LIMITED_CALLS = new AtomicInteger();

	static final HttpServer RECEIVER = receiver();

	static String schema;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		schema = LocalPostgres.register(registry, "delivery");
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
		registry.add("aigc.distribution.export-root", () -> ROOT.resolve("out").toString());
		registry.add("aigc.distribution.poll-interval", () -> "200ms");
		registry.add("aigc.distribution.concurrency", () -> "4");
		registry.add("aigc.distribution.retry.max-attempts", () -> "5");
		registry.add("aigc.distribution.retry.base-delay", () -> "100ms");
		registry.add("aigc.distribution.channel.max-concurrency", () -> "2");
		registry.add("aigc.distribution.channel.window", () -> "2");
		registry.add("aigc.distribution.channel.minimum-calls", () -> "2");
		registry.add("aigc.distribution.channel.open-for", () -> "1h");
		for (String channel : List.of("good", "hung", "limited", "dbfault")) {
			registry.add("aigc.channels.catalog." + channel + ".kind", () -> "webhook");
			registry.add("aigc.channels.catalog." + channel + ".url",
					() -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/" + channel);
			registry.add("aigc.channels.catalog." + channel + ".secret", () -> "s3cret");
		}
		registry.add("aigc.channels.catalog.hung.timeout", () -> "15s");
	}

	@AfterAll
	static void stopReceiver() {
		RELEASE_HUNG.countDown();
		RECEIVER.stop(0);
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void aHungReceiverHoldsOnlyItsOwnSlotsAndItsBreakerOpensWhileOtherChannelsDeliver() throws Exception {
		List<AssetInspected> assets = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			assets.add(Assets.approved(this.blobs, List.of("hung", "good")));
		}
		for (AssetInspected asset : assets) {
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(asset), asset).get();
		}
		// Six hung deliveries would fill all four slots for 15 s; the bulkhead keeps two.
		await().atMost(Duration.ofSeconds(12))
			.untilAsserted(() -> assertThat(requests("good")).extracting(Request::webhookId)
				.containsExactlyInAnyOrderElementsOf(assets.stream().map(this::publicationOf).toList()));
		assertThat(requests("hung")).hasSizeLessThanOrEqualTo(2);
		// Two timeouts open the breaker: the rest wait for it instead of failing.
		await().atMost(Duration.ofSeconds(40))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from publications where channel = 'hung' and status = 'PENDING' "
						+ "and next_attempt_at > ?")
				.param(java.sql.Timestamp.from(Instant.now().plus(Duration.ofMinutes(30))))
				.query(Long.class)
				.single()).isEqualTo(6));
		assertThat(requests("hung")).hasSizeLessThanOrEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from publications where channel = 'hung' and status <> 'PENDING'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void waitsAsLongAsRetryAfterSaysAndRedeliversWithTheSameWebhookId() throws Exception {
		AssetInspected asset = Assets.approved(this.blobs, List.of("limited"));
		this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(asset), asset).get();

		await().atMost(Duration.ofSeconds(30)).until(() -> requests("limited").size() == 2);
		List<Request> calls = requests("limited");
		assertThat(calls.get(1).webhookId()).isEqualTo(calls.get(0).webhookId());
		// The base delay is 100 ms; only Retry-After: 2 explains a gap of two seconds.
		assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(1900));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "PUBLISHED".equals(this.jdbc.sql("select status from publications where asset_id = ?")
				.param(asset.assetId().value())
				.query(String.class)
				.single()));
	}

	@Test
	void aDatabaseErrorAfterADeliveryDoesNotFailItAndItIsDeliveredOnce() throws Exception {
		AssetInspected asset = Assets.approved(this.blobs, List.of("dbfault"));
		// The receiver takes the delivery, and the database then refuses to record it.
		LocalPostgres.execute("alter table " + schema + ".publications add constraint refuse_" + schema
				+ " check (status <> 'PUBLISHED' or asset_id <> '" + asset.assetId() + "')");
		try (TopicProbe publications = new TopicProbe(this.brokers, Topics.PUBLICATION.name())) {
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(asset), asset).get();
			await().atMost(Duration.ofSeconds(30)).until(() -> requests("dbfault").size() == 1);
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> "PENDING".equals(status(asset)));

			LocalPostgres.execute("alter table " + schema + ".publications drop constraint refuse_" + schema);
			await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(status(asset)));
			assertThat(this.jdbc.sql("select attempts from publications where asset_id = ?")
				.param(asset.assetId().value())
				.query(Integer.class)
				.single()).isEqualTo(1);
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(announced(publications, asset)).singleElement()
					.isInstanceOf(AssetPublished.class));
			assertThat(requests("dbfault")).hasSize(1);
		}
	}

	private String status(AssetInspected asset) {
		return this.jdbc.sql("select status from publications where asset_id = ?")
			.param(asset.assetId().value())
			.query(String.class)
			.single();
	}

	private String publicationOf(AssetInspected asset) {
		return this.jdbc.sql("select id from publications where asset_id = ? and channel = 'good'")
			.param(asset.assetId().value())
			.query(java.util.UUID.class)
			.optional()
			.map(Object::toString)
			.orElse("not queued yet");
	}

	private static List<PublicationEvent> announced(TopicProbe probe, AssetInspected asset) {
		return probe.records()
			.stream()
			.filter((record) -> record.key().equals(asset.assetId().toString()))
			.map((record) -> EventCodec.decode(record.value(), PublicationEvent.class))
			.toList();
	}

	private static List<Request> requests(String channel) {
		return List.copyOf(RECEIVED.getOrDefault(channel, List.of()));
	}

	private static HttpServer receiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext("/good", (exchange) -> answer(exchange, "good", 204));
			server.createContext("/dbfault", (exchange) -> answer(exchange, "dbfault", 204));
			server.createContext("/limited", (exchange) -> {
				if (LIMITED_CALLS.getAndIncrement() == 0) {
					exchange.getResponseHeaders().add("Retry-After", "2");
					answer(exchange, "limited", 429);
				}
				else {
					answer(exchange, "limited", 204);
				}
			});
			server.createContext("/hung", (exchange) -> {
				record(exchange, "hung");
				try {
					RELEASE_HUNG.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void answer(HttpExchange exchange, String channel, int status) throws IOException {
		record(exchange, channel);
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static void record(HttpExchange exchange, String channel) throws IOException {
		exchange.getRequestBody().readAllBytes();
		RECEIVED.computeIfAbsent(channel, (key) -> new CopyOnWriteArrayList<>())
			.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"), Instant.now()));
	}

	private static Path createRoot() {
		try {
			return Files.createTempDirectory("delivery-faults-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Request(String webhookId, Instant at) {
	}

}
