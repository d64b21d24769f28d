package io.aigcfactory.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives a catalog through a running platform the way an e-commerce backend would:
 * uploads its product photos and submits it through the gateway's REST API, follows every
 * requirement until it settles, and reports what was made and where it went.
 */
final class Demo {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final URI gateway;

	private final String apiKey;

	private final PrintStream console;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	Demo(URI gateway, String apiKey, PrintStream console) {
		this.gateway = gateway;
		this.apiKey = apiKey;
		this.console = console;
	}

	/**
	 * @return whether every requirement completed with all its approved assets published,
	 * or waits only for a reviewer's decision on assets in the review queue
	 */
	boolean run(Path catalog, Path output, Duration timeout) throws IOException, InterruptedException {
		Instant started = Instant.now();
		List<String> requirements = submit(catalog);
		this.console.printf("Submitted %d products from %s%n", requirements.size(), catalog);
		Map<String, JsonNode> progress = follow(requirements, started, timeout);
		Summary summary = new Summary(progress.values());
		summary.print(this.console, Duration.between(started, Instant.now()));
		printOutputs(output);
		return summary.allCompletedOrAwaitingReview() && progress.size() == requirements.size();
	}

	private List<String> submit(Path catalog) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(this.gateway.resolve("/api/v1/requirements/batch"))
				.header("Authorization", "Bearer " + this.apiKey)
				.header("Content-Type", "application/jsonl")
				.header("Idempotency-Key", "demo-" + UUID.randomUUID())
				.POST(HttpRequest.BodyPublishers
					.ofByteArray(new SamplePhotos(this.http, this.gateway, this.apiKey).catalogWithPhotos(catalog)))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = JSON.readTree(response.body());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("The catalog was not accepted (HTTP " + response.statusCode() + "): "
					+ body.path("detail").asString(response.body()));
		}
		List<String> ids = new ArrayList<>();
		body.path("requirements").forEach((accepted) -> ids.add(accepted.path("requirementId").asString()));
		return ids;
	}

	private Map<String, JsonNode> follow(List<String> requirements, Instant started, Duration timeout)
			throws IOException, InterruptedException {
		Map<String, JsonNode> latest = new LinkedHashMap<>();
		String lastLine = "";
		Instant deadline = started.plus(timeout);
		int quietPolls = 0;
		while (Instant.now().isBefore(deadline)) {
			for (String id : requirements) {
				JsonNode known = latest.get(id);
				if (known == null || !known.path("settled").asBoolean()) {
					latest.put(id, progressOf(id));
				}
			}
			String line = Summary.progressLine(latest.values(), requirements.size(),
					Duration.between(started, Instant.now()));
			if (!line.equals(lastLine)) {
				this.console.println(line);
				lastLine = line;
			}
			if (latest.values().stream().allMatch((requirement) -> requirement.path("settled").asBoolean())) {
				return latest;
			}
			// Assets in review wait for a person, which a demo has not got: once nothing
			// else moves (three polls in a row), the run ends and says where they wait.
			quietPolls = latest.values().stream().allMatch(Summary::settledOrAwaitingReview) ? quietPolls + 1 : 0;
			if (quietPolls >= 3) {
				return latest;
			}
			Thread.sleep(1000);
		}
		this.console.printf("Timed out after %s with requirements still in progress%n", timeout);
		return latest;
	}

	private JsonNode progressOf(String id) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.gateway.resolve("/api/v1/requirements/" + id))
			.header("Authorization", "Bearer " + this.apiKey)
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		while (response.statusCode() == 429) {
			// A large catalog polled every second outruns the key's rate: wait as told.
			Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Progress of " + id + " failed: HTTP " + response.statusCode());
		}
		return JSON.readTree(response.body());
	}

	private void printOutputs(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			this.console.println("No materials were exported.");
			return;
		}
		this.console.printf("%nMaterials, one folder per channel, under %s:%n", output.toAbsolutePath().normalize());
		try (Stream<Path> channels = Files.list(output)) {
			for (Path channel : channels.filter(Files::isDirectory).sorted().toList()) {
				Path manifest = channel.resolve("manifest.jsonl");
				long published = 0;
				if (Files.exists(manifest)) {
					try (Stream<String> lines = Files.lines(manifest)) {
						published = lines.count();
					}
				}
				this.console.printf("  %-14s %3d assets  (manifest: %s)%n", channel.getFileName(), published,
						output.relativize(manifest));
			}
		}
	}

}
