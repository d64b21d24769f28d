package io.aigcfactory.standalone;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code serve} stopped with SIGTERM, then killed with SIGKILL, each in the middle of a
 * catalog, and started again on the same data each time: every requirement settles,
 * nothing fails and no asset is published twice. The platform runs as a separate JVM, as
 * a user runs it; the verdict comes from the channels' manifests and the HTTP answers.
 */
class CrashRecoveryIntegrationTests {

	private static final JsonMapper json = JsonMapper.shared();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** The admin key file of the data directory serve runs on. */
	private static volatile @Nullable Path adminKeyFile;

	@TempDir
	Path root;

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopEverything() {
		this.processes.forEach(Process::destroyForcibly);
	}

	/**
	 * Fault R6 then the crash: the first half of the sample catalog is stopped with
	 * SIGTERM, which lets the platform drain in order (web, listeners, outbox, delivery);
	 * the second half, submitted after the restart, is cut short by SIGKILL. After the
	 * last restart every requirement settles (or waits only for a reviewer), every
	 * approved asset is on each of its channels exactly once and no publication failed.
	 * The promo video is switched off: its seconds of CPU per requirement would stretch a
	 * test whose subject is the restart, and its files travel the same path as every
	 * other rendition.
	 */
	@Test
	void finishesACatalogStoppedWithSigtermAndKilledWithSigkillPublishingEachAssetOnce() throws Exception {
		List<String> catalog = catalog(15);
		int port = freePort();
		List<String> ids = new ArrayList<>();

		Process first = serve(port, "first");
		awaitUp(port, first);
		ids.addAll(submit(port, catalog.subList(0, 8)));
		Stop graceful = stopMidCatalog(port, ids, first, Process::destroy);
		// A JVM that ran its shutdown hooks on SIGTERM exits with 128 + 15; one that had
		// to be killed would not have exited in time.
		assertThat(graceful.exitCode()).isEqualTo(143);

		Process second = serve(port, "second");
		awaitUp(port, second);
		ids.addAll(submit(port, catalog.subList(8, catalog.size())));
		Stop killed = stopMidCatalog(port, ids, second, Process::destroyForcibly);

		long restarted = System.nanoTime();
		Process third = serve(port, "third");
		awaitUp(port, third);
		List<JsonNode> settled = await().atMost(Duration.ofMinutes(6))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> progress(port, ids), (all) -> all.stream().allMatch(Summary::settledOrAwaitingReview));
		List<ManifestEntry> published = manifestEntries();
		System.out.printf(
				"%s; %s; after the last restart all %d requirements settled within %d s with %d " + "publications%n",
				graceful.describe("stopped with SIGTERM", ids.size()),
				killed.describe("killed with SIGKILL", ids.size()), ids.size(),
				Duration.ofNanos(System.nanoTime() - restarted).toSeconds(), published.size());
		third.destroy();
		assertThat(third.waitFor()).isNotNegative();

		assertEachApprovedAssetPublishedOnce(settled, published);
		assertThat(settled).flatMap((requirement) -> requirement.findValues("outcome"))
			.extracting(JsonNode::asString)
			.isNotEmpty()
			.allMatch("PUBLISHED"::equals);
	}

	private static List<String> submit(int port, List<String> products) throws Exception {
		HttpResponse<String> accepted = send(port,
				HttpRequest.newBuilder(uri(port, "/api/v1/requirements/batch"))
					.header("Content-Type", "application/jsonl")
					.header("Idempotency-Key", "crash-" + UUID.randomUUID())
					.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", products))));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		List<String> ids = new ArrayList<>();
		json.readTree(accepted.body())
			.path("requirements")
			.forEach((line) -> ids.add(line.path("requirementId").asString()));
		assertThat(ids).hasSize(products.size());
		return ids;
	}

	/**
	 * Stops serve once new materials are out since it started and before every
	 * requirement has settled.
	 */
	private Stop stopMidCatalog(int port, List<String> ids, Process process, Consumer<Process> stop) throws Exception {
		int publishedAtStart = manifestEntries().size();
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> manifestEntries().size() > publishedAtStart);
		long settledBeforeStop = progress(port, ids).stream()
			.filter((requirement) -> requirement.path("settled").asBoolean())
			.count();
		int publishedBeforeStop = manifestEntries().size();
		long stopping = System.nanoTime();
		stop.accept(process);
		int exitCode = process.waitFor();
		long stoppedIn = Duration.ofNanos(System.nanoTime() - stopping).toMillis();
		assertThat(settledBeforeStop).isLessThan(ids.size());
		return new Stop(exitCode, stoppedIn, settledBeforeStop, publishedBeforeStop);
	}

	/** The sample catalog, repeated under new SKUs up to {@code size} products. */
	private static List<String> catalog(int size) throws IOException {
		List<String> samples = Files.readAllLines(Path.of("../samples/catalog.jsonl"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank())
			.toList();
		List<String> catalog = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			ObjectNode product = (ObjectNode) json.readTree(samples.get(i % samples.size()));
			int round = i / samples.size();
			if (round > 0) {
				product.put("sku", product.path("sku").asString() + "-R" + round);
				product.put("title", product.path("title").asString() + " 第" + (round + 1) + "代");
			}
			catalog.add(json.writeValueAsString(product));
		}
		return catalog;
	}

	private Process serve(int port, String name) throws IOException {
		adminKeyFile = this.root.resolve("data").resolve("admin.key");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx2g",
				"-DAIGC_LOG_FILE=" + this.root.resolve(name + ".log"), "-cp", System.getProperty("java.class.path"),
				StandaloneApplication.class.getName(), "serve", "--port=" + port, "--data=" + this.root.resolve("data"),
				"--out=" + this.root.resolve("out"), "--aigc.gateway.limits.rate=1000",
				"--aigc.gateway.limits.burst=1000", "--aigc.production.video.enabled=false")
			.redirectErrorStream(true)
			.redirectOutput(this.root.resolve(name + ".console").toFile());
		Process process = builder.start();
		this.processes.add(process);
		return process;
	}

	private void awaitUp(int port, Process process) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(process.isAlive()).as("the platform exited, see %s", this.root).isTrue();
			try {
				return send(port, HttpRequest.newBuilder(uri(port, "/actuator/health")).GET()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private static List<JsonNode> progress(int port, List<String> ids) throws IOException, InterruptedException {
		List<JsonNode> progress = new ArrayList<>();
		for (String id : ids) {
			HttpResponse<String> response = send(port,
					HttpRequest.newBuilder(uri(port, "/api/v1/requirements/" + id)).GET());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			progress.add(json.readTree(response.body()));
		}
		return progress;
	}

	/** Every line of every channel's manifest, as (channel, asset). */
	private List<ManifestEntry> manifestEntries() throws IOException {
		Path out = this.root.resolve("out");
		List<ManifestEntry> entries = new ArrayList<>();
		File[] channels = out.toFile().listFiles(File::isDirectory);
		if (channels == null) {
			return entries;
		}
		for (File channel : channels) {
			Path manifest = channel.toPath().resolve("manifest.jsonl");
			if (!Files.exists(manifest)) {
				continue;
			}
			for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
				// A line being written when the platform was killed is not a publication.
				if (line.endsWith("}")) {
					entries.add(new ManifestEntry(channel.getName(), json.readTree(line).path("assetId").asString()));
				}
			}
		}
		return entries;
	}

	private static HttpResponse<String> send(int port, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		Path key = adminKeyFile;
		if (key != null && Files.exists(key)) {
			// The admin key serve made at its first start on this data directory.
			request.header("Authorization", "Bearer " + Files.readString(key).strip());
		}
		return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	record ManifestEntry(String channel, String assetId) {
	}

	/** How serve stopped, and how far the catalog was when it did. */
	record Stop(int exitCode, long stoppedInMillis, long settledBeforeStop, int publishedBeforeStop) {

		String describe(String how, int requirements) {
			return "%s (exit %d after %d ms) with %d of %d requirements settled and %d publications out".formatted(how,
					this.exitCode, this.stoppedInMillis, this.settledBeforeStop, requirements,
					this.publishedBeforeStop);
		}

	}

	/**
	 * Every approved asset is on each of its channels exactly once, and nothing else is.
	 */
	private static void assertEachApprovedAssetPublishedOnce(List<JsonNode> settled, List<ManifestEntry> published) {
		assertThat(published).doesNotHaveDuplicates();
		Set<ManifestEntry> expected = new HashSet<>();
		Set<String> assetsOfTheCatalog = new HashSet<>();
		for (JsonNode requirement : settled) {
			if (requirement.path("settled").asBoolean()) {
				assertThat(requirement.path("status").asString()).isIn("COMPLETED", "PARTIAL", "FAILED", "EXHAUSTED");
			}
			for (JsonNode asset : requirement.path("assets")) {
				assetsOfTheCatalog.add(asset.path("assetId").asString());
				if (asset.path("status").asString().equals("APPROVED")) {
					requirement.path("channels")
						.forEach((channel) -> expected
							.add(new ManifestEntry(channel.asString(), asset.path("assetId").asString())));
				}
			}
		}
		assertThat(expected).isNotEmpty();
		assertThat(published).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(published).allSatisfy((entry) -> assertThat(assetsOfTheCatalog).contains(entry.assetId()));
	}

}
