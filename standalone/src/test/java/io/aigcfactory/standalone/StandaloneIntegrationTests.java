package io.aigcfactory.standalone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.events.Topics;
import io.aigcfactory.test.TopicProbe;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.label.LabelSigner;
import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as a user runs it: the standalone JVM with its in-process Kafka
 * broker, driven only through the gateway's REST API, judged by the files it writes, the
 * webhook calls it makes and the spans its applications finish.
 */
class StandaloneIntegrationTests {

	/** Labels under the development signing key every service uses by default. */
	private static final Labels LABELS = new Labels(
			new LabelSigner("dev-only-label-signing-key-change-me".getBytes(StandardCharsets.UTF_8)));

	static final String SECRET = "webhook-secret";

	static final String SPAN_EXPORT_DELAY = "management.opentelemetry.tracing.export.schedule-delay";

	static final List<String> SERVICES = List.of("gateway", "creative-service", "production-service",
			"inspection-service", "distribution-service", "feedback-service");

	/** The tenant whose every asset is sampled for a human audit. */
	static final String AUDITED = "audited";

	@TempDir
	static Path root;

	static HttpServer receiver;

	static final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	static Standalone platform;

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.shared();

	@BeforeAll
	static void start() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			deliveries.add(new Delivery(exchange.getRequestBody().readAllBytes(),
					exchange.getRequestHeaders().getFirst("X-Aigc-Signature"),
					exchange.getRequestHeaders().getFirst("traceparent")));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		System.setProperty(CapturedSpans.ENABLED, "true");
		System.setProperty(SPAN_EXPORT_DELAY, "200ms");
		platform = Standalone.start(new StandaloneSettings(0, root.resolve("data"), root.resolve("out"), 2,
				Map.of("aigc.channels.catalog.partner.kind", "webhook", "aigc.channels.catalog.partner.url",
						"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
						"aigc.channels.catalog.partner.secret", SECRET,
						"aigc.inspection.review.sample-rates." + AUDITED, "1.0",
						// The tenant isolation probes make hundreds of calls with one
						// key.
						"aigc.gateway.limits.rate", "1000", "aigc.gateway.limits.burst", "1000")));
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
		receiver.stop(0);
		System.clearProperty(CapturedSpans.ENABLED);
		System.clearProperty(SPAN_EXPORT_DELAY);
		CapturedSpans.clear();
	}

	/** Character 4-gram Jaccard index from which two copies count as near-duplicates. */
	static final double NEAR_DUPLICATE_JACCARD = 0.5;

	@Test
	void turnsProductsIntoApprovedPublishedMaterials() throws Exception {
		parkAMalformedRecordFirst();
		List<String> catalog = Files.readAllLines(Path.of("../samples/catalog.jsonl"), StandardCharsets.UTF_8)
			.subList(0, 3);
		List<String> submitted = new ArrayList<>(catalog);
		submitted.set(0,
				catalog.get(0).replace("\"channels\":[\"taobao\",\"jd\"]", "\"channels\":[\"taobao\",\"partner\"]"));
		HttpResponse<String> accepted = post("/api/v1/requirements/batch", "application/jsonl",
				String.join("\n", submitted));
		assertThat(accepted.statusCode()).isEqualTo(202);
		List<String> ids = new ArrayList<>();
		json.readTree(accepted.body())
			.path("requirements")
			.forEach((line) -> ids.add(line.path("requirementId").asString()));
		assertThat(ids).hasSize(3);

		List<JsonNode> settled = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			List<JsonNode> progress = new ArrayList<>();
			for (String id : ids) {
				progress.add(json.readTree(get("/api/v1/requirements/" + id).body()));
			}
			return progress;
		}, (progress) -> progress.stream().allMatch((requirement) -> requirement.path("settled").asBoolean()));

		for (JsonNode requirement : settled) {
			assertThat(requirement.path("status").asString()).isEqualTo("COMPLETED");
			JsonNode stages = requirement.path("stages");
			assertThat(stages.path("approved").asInt()).isEqualTo(requirement.path("variantCount").asInt());
			assertThat(stages.path("publications").asInt())
				.isEqualTo(stages.path("approved").asInt() * requirement.path("channels").size());
			assertThat(stages.path("publicationFailures").asInt()).isZero();
		}
		assertExports(settled);
		assertNoNearDuplicatesApproved(settled);
		assertWebhookDeliveries(settled.getFirst());
		assertOneTraceRunsThroughEveryService();
		TenantIsolation isolation = TenantIsolation.asAnotherTenant(http,
				URI.create("http://localhost:" + platform.port()), platform.adminKey());
		isolation.probe(settled);
		isolation.writeReport(Path.of("target/security/S1.md"));
	}

	@Test
	void servesServicesOnLoopbackAndOnlyToRequestsTheGatewaySigned() throws Exception {
		List<ConfigurableApplicationContext> services = platform.contexts().subList(0, platform.contexts().size() - 1);
		assertThat(services).hasSize(5);
		for (ConfigurableApplicationContext service : services) {
			assertThat(service.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
			int port = ((WebServerApplicationContext) service).getWebServer().getPort();
			URI direct = URI.create("http://127.0.0.1:" + port + "/api/v1/channels");
			HttpResponse<String> unsigned = http.send(
					HttpRequest.newBuilder(direct).header("X-Tenant-Id", "default").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(unsigned.statusCode()).as(service.getId()).isEqualTo(401);
			HttpResponse<String> forged = http.send(HttpRequest.newBuilder(direct)
				.header("X-Tenant-Id", "default")
				.header("X-Request-Id", "r-1")
				.header("X-Tenant-Assertion", "t=" + (System.currentTimeMillis() / 1000) + ",v1=AAAA")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(forged.statusCode()).as(service.getId()).isEqualTo(401);
			for (InetAddress address : nonLoopbackAddresses()) {
				try (Socket socket = new Socket()) {
					assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 1000))
						.as("%s reachable on %s", service.getId(), address)
						.isInstanceOf(IOException.class);
				}
			}
		}
		assertThat(get("/api/v1/channels").statusCode()).isEqualTo(200);
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + "/api/v1/channels"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
	}

	private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
	}

	@Test
	void answersBadInputWithProblemsNamingTheField() throws Exception {
		HttpResponse<String> missingTitle = post("/api/v1/requirements", "application/json",
				"{\"brand\":\"暖暖\",\"category\":\"家居\",\"price\":-1,\"sellingPoints\":[\"保温\"],\"audience\":\"上班族\","
						+ "\"channels\":[\"taobao\"]}");
		assertThat(missingTitle.statusCode()).isEqualTo(400);
		assertThat(missingTitle.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(missingTitle.body());
		assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("title", "price");

		assertThat(post("/api/v1/requirements/batch", "application/jsonl", "").statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/requirements/00000000-0000-7000-8000-000000000000").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/assets/00000000-0000-7000-8000-000000000000").statusCode()).isEqualTo(404);
	}

	@Test
	void exposesMetricsAndProbeGroups() throws Exception {
		HttpResponse<String> gatewayMetrics = get("/actuator/prometheus");
		assertThat(gatewayMetrics.statusCode()).isEqualTo(200);
		assertThat(gatewayMetrics.body()).contains("jvm_memory_used_bytes");

		int inspection = portOf("inspection-service");
		JsonNode readiness = json.readTree(get(inspection, "/actuator/health/readiness").body());
		assertThat(readiness.path("status").asString()).isEqualTo("UP");
		assertThat(readiness.path("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "db",
				"outbox", "blobStore", "originalityIndex");
		HttpResponse<String> liveness = get(inspection, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(json.readTree(liveness.body()).path("status").asString()).isEqualTo("UP");
		assertThat(liveness.body()).as("liveness is the process only").doesNotContain("outbox", "db", "modelEndpoints");
		JsonNode health = json.readTree(get(inspection, "/actuator/health").body());
		assertThat(health.path("components").path("modelEndpoints").path("status").asString()).isEqualTo("UP");
		assertThat(get(inspection, "/actuator/prometheus").body()).contains("aigc_outbox_backlog");
	}

	private static int portOf(String service) {
		return platform.contexts()
			.stream()
			.filter((context) -> service.equals(context.getEnvironment().getProperty("spring.application.name")))
			.map((context) -> ((WebServerApplicationContext) context).getWebServer().getPort())
			.findFirst()
			.orElseThrow();
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void parkAMalformedRecordFirst() throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", platform.bootstrapServers()), new StringSerializer(),
				new ByteArraySerializer());
				TopicProbe deadLetters = new TopicProbe(platform.bootstrapServers(), Topics.CONCEPT.deadLetterName())) {
			producer.send(new ProducerRecord<>(Topics.CONCEPT.name(), "poison", "{\"type\":\"Concept".getBytes()))
				.get();
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(deadLetters.records())
					.anySatisfy((record) -> assertThat(record.key()).isEqualTo("poison")));
		}
	}

	private static void assertExports(List<JsonNode> settled) throws Exception {
		int exported = 0;
		for (Export export : catalogExports(settled)) {
			JsonNode entry = export.entry();
			Path folder = export.folder();
			for (JsonNode file : entry.path("files")) {
				byte[] content = Files.readAllBytes(folder.resolve(file.path("name").asString()));
				assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
					.isEqualTo(file.path("sha256").asString());
			}
			assertThat(Files.readString(folder.resolve("copy.txt")).strip()).hasSizeGreaterThan(10);
			BufferedImage image = ImageIO.read(folder.resolve("main-800x800.png").toFile());
			assertThat(image.getWidth()).isEqualTo(800);
			assertThat(image.getHeight()).isEqualTo(800);
			assertThat(distinctColours(image)).isGreaterThan(50);
			LabelVerdict label = LABELS.verify(Files.readAllBytes(folder.resolve("main-800x800.png")));
			assertThat(label.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
			assertThat(label.signature()).isEqualTo(LabelVerdict.Signature.VALID);
			assertThat(label.label().produceId()).isEqualTo(entry.path("assetId").asString());
			assertThat(label.label().contentPropagator()).isEqualTo(export.channel());
			assertThat(Files.readString(folder.resolve("copy.txt"))).startsWith("【AI生成】");
			if (exported == 0) {
				assertThat(new WatermarkDetector().read(image).payload())
					.isEqualTo(WatermarkPayload.of("default", entry.path("assetId").asString()));
			}
			exported++;
		}
		int expected = settled.stream()
			.mapToInt((requirement) -> (int) requirement.path("assets")
				.valueStream()
				.flatMap((asset) -> asset.path("publications").valueStream())
				.filter((publication) -> !publication.path("channel").asString().equals("partner"))
				.count())
			.sum();
		assertThat(exported).isEqualTo(expected);
	}

	/**
	 * Every manifest line, in every channel folder, of an asset of the settled
	 * requirements; other tests' products on the same platform are left out.
	 */
	private static List<Export> catalogExports(List<JsonNode> settled) throws IOException {
		Path out = root.resolve("out");
		List<String> channels;
		try (var folders = Files.list(out)) {
			channels = folders.filter(Files::isDirectory).map((folder) -> folder.getFileName().toString()).toList();
		}
		assertThat(channels).contains("taobao", "jd");
		Set<String> catalogAssets = settled.stream()
			.flatMap((requirement) -> requirement.path("assets").valueStream())
			.map((asset) -> asset.path("assetId").asString())
			.collect(Collectors.toSet());
		List<Export> exports = new ArrayList<>();
		for (String channel : channels) {
			Path manifest = out.resolve(channel).resolve("manifest.jsonl");
			if (!Files.exists(manifest)) {
				continue;
			}
			for (String line : Files.readAllLines(manifest)) {
				JsonNode entry = json.readTree(line);
				if (catalogAssets.contains(entry.path("assetId").asString())) {
					exports
						.add(new Export(channel, entry, out.resolve(channel).resolve(entry.path("folder").asString())));
				}
			}
		}
		return exports;
	}

	/** One manifest line of a channel, and the folder its files are in. */
	private record Export(String channel, JsonNode entry, Path folder) {
	}

	/**
	 * Judges the exported copy itself, not the pipeline's verdicts: no two published
	 * assets have copy whose character 4-grams (whitespace removed) overlap with a
	 * Jaccard index of {@value #NEAR_DUPLICATE_JACCARD} or more. A pair the embedding
	 * check rejects (one character inserted in the headline, one in the body) scores
	 * 0.70; the full-catalog exports of the template writer score at most 0.31.
	 */
	private static void assertNoNearDuplicatesApproved(List<JsonNode> settled) throws Exception {
		Map<String, String> copies = new LinkedHashMap<>();
		for (Export export : catalogExports(settled)) {
			copies.put(export.entry().path("assetId").asString(),
					Files.readString(export.folder().resolve("copy.txt")));
		}
		int approved = settled.stream()
			.mapToInt((requirement) -> requirement.path("stages").path("approved").asInt())
			.sum();
		assertThat(copies).as("one exported copy per approved asset").hasSize(approved);
		List<Map.Entry<String, String>> exported = new ArrayList<>(copies.entrySet());
		for (int i = 0; i < exported.size(); i++) {
			for (int j = i + 1; j < exported.size(); j++) {
				double jaccard = jaccard(fourGrams(exported.get(i).getValue()), fourGrams(exported.get(j).getValue()));
				assertThat(jaccard).as("copy of %s and %s", exported.get(i).getKey(), exported.get(j).getKey())
					.isLessThan(NEAR_DUPLICATE_JACCARD);
			}
		}
	}

	private static Set<String> fourGrams(String text) {
		String compact = text.replaceAll("\\s+", "");
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 4 <= compact.length(); i++) {
			grams.add(compact.substring(i, i + 4));
		}
		return grams;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		if (union.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / union.size();
	}

	private static void assertWebhookDeliveries(JsonNode requirement) throws Exception {
		int approved = requirement.path("stages").path("approved").asInt();
		assertThat(deliveries).hasSize(approved);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		for (Delivery delivery : deliveries) {
			assertThat(delivery.signature())
				.isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(delivery.body())));
			JsonNode body = json.readTree(delivery.body());
			String imageUrl = null;
			for (JsonNode file : body.path("files")) {
				if ("MAIN_IMAGE".equals(file.path("kind").asString())) {
					imageUrl = file.path("url").asString();
				}
			}
			assertThat(imageUrl).isNotNull();
			// The receiver fetches the file through the gateway with a key of the tenant.
			HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(imageUrl))
				.header("Authorization", "Bearer " + platform.adminKey())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		}
	}

	/**
	 * The webhook call carries the trace of the catalog's POST, and that one trace holds
	 * spans of all six applications: the gateway's request, creative's intake and
	 * planning, production, inspection's batch member, distribution's delivery, and
	 * feedback taking in the publication.
	 */
	private static void assertOneTraceRunsThroughEveryService() {
		String traceparent = deliveries.getFirst().traceparent();
		assertThat(traceparent).as("the webhook's traceparent").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		String traceId = traceparent.split("-")[1];
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<SpanData> trace = CapturedSpans.all()
				.stream()
				.filter((span) -> span.getTraceId().equals(traceId))
				.toList();
			assertThat(trace.stream()
				.map((span) -> span.getResource().getAttribute(AttributeKey.stringKey("service.name")))
				.collect(Collectors.toSet())).containsAll(SERVICES);
			assertThat(trace).anySatisfy((span) -> {
				assertThat(span.getName()).isEqualTo(Topics.ASSET.name() + " process");
				assertThat(span.getResource().getAttribute(AttributeKey.stringKey("service.name")))
					.isEqualTo("inspection-service");
				assertThat(span.getLinks()).as("linked to its batch").isNotEmpty();
			});
		});
	}

	private static long distinctColours(BufferedImage image) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 8) {
			for (int x = 0; x < image.getWidth(); x += 8) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

	private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
			.header("Authorization", "Bearer " + platform.adminKey())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
			.header("Authorization", "Bearer " + platform.adminKey())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every asset of the tenant {@code audited} is sampled for a human audit, so it lands
	 * in review and waits: one approved through the gateway is published to every channel
	 * and completes its requirement; one rejected is written again, and the new asset
	 * waits in review in its turn.
	 */
	@Test
	void anAssetInReviewWaitsForItsReviewerWhoseApprovalPublishesItAndWhoseRejectionRewritesIt() throws Exception {
		String approvedRequirement = submitAs("{\"sku\":\"AUD-1001\",\"title\":\"声悦 Pro 主动降噪蓝牙耳机\",\"brand\":\"声悦\","
				+ "\"category\":\"数码/耳机\",\"price\":299.0,\"sellingPoints\":[\"40dB 主动降噪\",\"30 小时长续航\"],"
				+ "\"audience\":\"通勤上班族\",\"channels\":[\"douyin\",\"xiaohongshu\"],\"variantCount\":1}");
		String rejectedRequirement = submitAs("{\"sku\":\"PWR-2002\",\"title\":\"闪充 20000mAh 移动电源\",\"brand\":\"极电\","
				+ "\"category\":\"数码/充电\",\"price\":129.0,\"sellingPoints\":[\"65W 双向快充\",\"同时为三台设备充电\"],"
				+ "\"audience\":\"经常出差的商务人士\",\"channels\":[\"douyin\"],\"variantCount\":1}");

		String toApprove = awaitReviewOf(approvedRequirement, List.of());
		String toReject = awaitReviewOf(rejectedRequirement, List.of());
		JsonNode waiting = json.readTree(getAs("/api/v1/requirements/" + approvedRequirement).body());
		assertThat(waiting.path("stages").path("inReview").asInt()).isEqualTo(1);
		assertThat(waiting.path("status").asString()).as("waiting for the reviewer, not replaced")
			.isEqualTo("IN_PROGRESS");
		assertThat(waiting.path("concepts").size()).isEqualTo(1);

		assertThat(postAs("/api/v1/reviews/" + toApprove + "/claim", "{\"reviewer\":\"ann\"}").statusCode())
			.isEqualTo(200);
		assertThat(postAs("/api/v1/reviews/" + toApprove + "/approve", "{\"reviewer\":\"ann\"}").statusCode())
			.isEqualTo(200);
		JsonNode completed = await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> json.readTree(getAs("/api/v1/requirements/" + approvedRequirement).body()),
					(requirement) -> requirement.path("settled").asBoolean());
		assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.path("stages").path("approved").asInt()).isEqualTo(1);
		assertThat(completed.path("stages").path("publications").asInt()).isEqualTo(2);
		JsonNode publications = json.readTree(getAs("/api/v1/publications?assetId=" + toApprove).body());
		assertThat(publications.findValuesAsString("channel")).containsExactlyInAnyOrder("douyin", "xiaohongshu");

		assertThat(postAs("/api/v1/reviews/" + toReject + "/reject", "{\"reviewer\":\"ann\",\"reason\":\"卖点与实物不符\"}")
			.statusCode()).isEqualTo(200);
		String rewritten = awaitReviewOf(rejectedRequirement, List.of(toReject));
		assertThat(rewritten).isNotEqualTo(toReject);
		// The rewritten asset's verdict may reach the progress a moment after the queue.
		JsonNode regenerated = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> json.readTree(getAs("/api/v1/requirements/" + rejectedRequirement).body()),
					(requirement) -> requirement.path("stages").path("rejected").asInt() == 1
							&& requirement.path("stages").path("inReview").asInt() == 1);
		assertThat(regenerated.path("concepts").size()).as(regenerated::toString).isEqualTo(2);
		assertThat(regenerated.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(getAs("/api/v1/publications?assetId=" + toReject).body()).doesNotContain("PUBLISHED");
	}

	/**
	 * The id of the first asset of a requirement in the review queue, other than those
	 * given.
	 */
	private static String awaitReviewOf(String requirement, List<String> except) {
		return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			List<String> ids = new ArrayList<>();
			for (JsonNode item : json.readTree(getAs("/api/v1/reviews").body())) {
				if (item.path("requirementId").asString().equals(requirement)
						&& !except.contains(item.path("assetId").asString())) {
					ids.add(item.path("assetId").asString());
				}
			}
			return ids.isEmpty() ? null : ids.getFirst();
		}, (id) -> id != null);
	}

	private static String submitAs(String product) throws Exception {
		HttpResponse<String> accepted = postAs("/api/v1/requirements", product);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		return json.readTree(accepted.body()).path("requirementId").asString();
	}

	private static HttpResponse<String> postAs(String path, String body) throws Exception {
		return http.send(asAudited(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> getAs(String path) throws Exception {
		return http.send(asAudited(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder asAudited(String path) throws Exception {
		return tenantHeaders(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path)), AUDITED);
	}

	private static HttpRequest.Builder tenantHeaders(HttpRequest.Builder request, String tenant) throws Exception {
		return request.header("Authorization", "Bearer " + keyOf(tenant));
	}

	private static final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

	/** A key of the tenant with the review scope, issued once through the admin key. */
	private static String keyOf(String tenant) throws Exception {
		String known = keys.get(tenant);
		if (known != null) {
			return known;
		}
		HttpResponse<String> issued = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + "/api/v1/admin/keys"))
				.header("Authorization", "Bearer " + platform.adminKey())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"" + tenant
						+ "\",\"name\":\"reviewer\",\"scopes\":[\"submit\",\"read\",\"review\"]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		String key = json.readTree(issued.body()).path("key").asString();
		keys.put(tenant, key);
		return key;
	}

	record Delivery(byte[] body, String signature, String traceparent) {
	}

}
