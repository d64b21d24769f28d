package io.aigcfactory.standalone;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
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

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.events.Topics;
import io.aigcfactory.test.TopicProbe;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as a user runs it: the standalone JVM with its in-process Kafka
 * broker, driven only through the gateway's REST API, judged by the files it writes.
 */
class StandaloneIntegrationTests {

	/** Labels under the development signing key every service uses by default. */
	private static final Labels LABELS = new Labels(
			new LabelSigner("dev-only-label-signing-key-change-me".getBytes(StandardCharsets.UTF_8)));

	static final String SECRET = "webhook-secret";

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
					exchange.getRequestHeaders().getFirst("X-Aigc-Signature")));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		platform = Standalone.start(new StandaloneSettings(0, root.resolve("data"), root.resolve("out"), 2,
				Map.of("aigc.channels.catalog.partner.kind", "webhook", "aigc.channels.catalog.partner.url",
						"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
						"aigc.channels.catalog.partner.secret", SECRET)));
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
		receiver.stop(0);
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
		Path out = root.resolve("out");
		int exported = 0;
		for (String channel : List.of("taobao", "jd", "pinduoduo")) {
			Path manifest = out.resolve(channel).resolve("manifest.jsonl");
			if (!Files.exists(manifest)) {
				continue;
			}
			for (String line : Files.readAllLines(manifest)) {
				JsonNode entry = json.readTree(line);
				Path folder = out.resolve(channel).resolve(entry.path("folder").asString());
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
				assertThat(label.label().contentPropagator()).isEqualTo(channel);
				assertThat(Files.readString(folder.resolve("copy.txt"))).startsWith("【AI生成】");
				if (exported == 0) {
					assertThat(new WatermarkDetector().read(image).payload())
						.isEqualTo(WatermarkPayload.of("default", entry.path("assetId").asString()));
				}
				exported++;
			}
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
	 * Judges the exported copy itself, not the pipeline's verdicts: no two published
	 * assets have copy whose character 4-grams (whitespace removed) overlap with a
	 * Jaccard index of {@value #NEAR_DUPLICATE_JACCARD} or more. A pair the embedding
	 * check rejects (one character inserted in the headline, one in the body) scores
	 * 0.70; the full-catalog exports of the template writer score at most 0.31.
	 */
	private static void assertNoNearDuplicatesApproved(List<JsonNode> settled) throws Exception {
		Map<String, String> copies = new LinkedHashMap<>();
		Path out = root.resolve("out");
		for (String channel : List.of("taobao", "jd", "pinduoduo")) {
			Path manifest = out.resolve(channel).resolve("manifest.jsonl");
			if (Files.exists(manifest)) {
				for (String line : Files.readAllLines(manifest)) {
					JsonNode entry = json.readTree(line);
					Path folder = out.resolve(channel).resolve(entry.path("folder").asString());
					copies.put(entry.path("assetId").asString(), Files.readString(folder.resolve("copy.txt")));
				}
			}
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
			HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(imageUrl)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		}
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
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	record Delivery(byte[] body, String signature) {
	}

}
