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
 * {@code serve} killed with SIGKILL, or stopped with SIGTERM, in the middle of a catalog,
 * then started again on the same data: every requirement settles and no asset is
 * published twice. The platform runs as a separate JVM, as a user runs it; the verdict
 * comes from the channels' manifests and the HTTP answers.
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

	@Test
	void resumesACatalogAfterAKillAndPublishesEachAssetOnce() throws Exception {
		Restart restart = stopMidCatalogAndRestart("killed", Process::destroyForcibly);
		restart.assertEachApprovedAssetPublishedOnce();
	}

	/**
	 * Fault R6: SIGTERM lets the platform drain in order (web, listeners, outbox,
	 * delivery); after the restart nothing has failed and nothing is published twice.
	 */
	@Test
	void finishesACatalogAfterAGracefulStopWithNothingFailedOrPublishedTwice() throws Exception {
		Restart restart = stopMidCatalogAndRestart("stopped with SIGTERM", Process::destroy);
		// A JVM that ran its shutdown hooks on SIGTERM exits with 128 + 15; one that had
		// to be killed would not have exited in time.
		assertThat(restart.exitCode()).isEqualTo(143);
		restart.assertEachApprovedAssetPublishedOnce();
		assertThat(restart.settled()).flatMap((requirement) -> requirement.findValues("outcome"))
			.extracting(JsonNode::asString)
			.isNotEmpty()
			.allMatch("PUBLISHED"::equals);
	}

	/**
	 * Submits the sample catalog to {@code serve}, stops it once the first materials are
	 * out and before every requirement has settled, starts it again on the same data and
	 * waits until every requirement has settled or waits only for a reviewer. The promo
	 * video is switched off: its seconds of CPU per requirement would stretch a test
	 * whose subject is the restart, and its files travel the same path as every other
	 * rendition.
	 */
	private Restart stopMidCatalogAndRestart(String how, Consumer<Process> stop) throws Exception {
		List<String> catalog = catalog(15);
		int port = freePort();
		Process first = serve(port, "first");
		awaitUp(port, first);
		HttpResponse<String> accepted = send(port,
				HttpRequest.newBuilder(uri(port, "/api/v1/requirements/batch"))
					.header("Content-Type", "application/jsonl")
					.header("Idempotency-Key", "crash-" + UUID.randomUUID())
					.POST(HttpRequest.BodyPublishers.ofString(String.join("\n", catalog))));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		List<String> ids = new ArrayList<>();
		json.readTree(accepted.body())
			.path("requirements")
			.forEach((line) -> ids.add(line.path("requirementId").asString()));
		assertThat(ids).hasSize(catalog.size());

		// Mid-catalog: the first materials are out, and not every requirement has
		// settled.
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> !manifestEntries().isEmpty());
		long settledBeforeStop = progress(port, ids).stream()
			.filter((requirement) -> requirement.path("settled").asBoolean())
			.count();
		int publishedBeforeStop = manifestEntries().size();
		long stopping = System.nanoTime();
		stop.accept(first);
		int exitCode = first.waitFor();
		long stoppedIn = Duration.ofNanos(System.nanoTime() - stopping).toMillis();
		assertThat(settledBeforeStop).isLessThan(ids.size());

		long restarted = System.nanoTime();
		Process second = serve(port, "second");
		awaitUp(port, second);
		List<JsonNode> settled = await().atMost(Duration.ofMinutes(6))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> progress(port, ids), (all) -> all.stream().allMatch(Summary::settledOrAwaitingReview));

		List<ManifestEntry> published = manifestEntries();
		System.out.printf(
				"%s (exit %d after %d ms) with %d of %d requirements settled and %d publications out; after the "
						+ "restart all settled within %d s with %d publications%n",
				how, exitCode, stoppedIn, settledBeforeStop, ids.size(), publishedBeforeStop,
				Duration.ofNanos(System.nanoTime() - restarted).toSeconds(), published.size());
		Restart restart = new Restart(exitCode, settled, published);
		second.destroy();
		assertThat(second.waitFor()).isNotNegative();
		return restart;
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
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
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

	/**
	 * What was observed after a restart: how the first run exited, every requirement's
	 * settled progress and every manifest line.
	 */
	record Restart(int exitCode, List<JsonNode> settled, List<ManifestEntry> published) {

		/**
		 * Every approved asset is on each of its channels exactly once, and nothing else
		 * is.
		 */
		void assertEachApprovedAssetPublishedOnce() {
			assertThat(this.published).doesNotHaveDuplicates();
			Set<ManifestEntry> expected = new HashSet<>();
			Set<String> assetsOfTheCatalog = new HashSet<>();
			for (JsonNode requirement : this.settled) {
				assertThat(requirement.path("status").asString()).isIn("COMPLETED", "PARTIAL", "FAILED", "EXHAUSTED");
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
			assertThat(this.published).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(this.published).allSatisfy((entry) -> assertThat(assetsOfTheCatalog).contains(entry.assetId()));
		}

	}

}
