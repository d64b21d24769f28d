package io.aigcfactory.bench.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.aigcfactory.creative.requirement.RequirementProgress;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits products to a running platform at a given rate (or as fast as they are
 * accepted), follows every requirement until it settles or waits only for a reviewer, and
 * reports approved assets per second, the latency of each published asset from acceptance
 * to its first publication (over all of them, and apart for the assets that carry the
 * requirement's promo video and those that do not), and the mix: how many concepts, main
 * images, detail pages, videos and publications each approved asset took, as
 * {@link StageCostTable} weights its stages.
 *
 * <p>
 * Each product is submitted for a tenant of its own: originality is judged per tenant, so
 * repeating the sample catalog does not turn later copies into near-duplicates of earlier
 * ones. The driver issues each tenant an API key (scopes submit and read) with the admin
 * key, which {@code serve} writes to {@code <data>/admin.key}.
 * </p>
 *
 * <pre>
 * ./mvnw -B -pl bench -am package -DskipTests
 * java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
 *     io.aigcfactory.bench.pipeline.PipelineLoadDriver \
 *     --gateway=http://localhost:8080 --catalog=samples/catalog.jsonl --products=60 --rate=0 \
 *     --admin-key-file=data/admin.key
 * </pre>
 */
public final class PipelineLoadDriver {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI gateway;

	private final String adminKey;

	/** Each tenant's own key, by tenant. */
	private final Map<String, String> keys = new ConcurrentHashMap<>();

	private PipelineLoadDriver(URI gateway, String adminKey) {
		this.gateway = gateway;
		this.adminKey = adminKey;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		PipelineLoadDriver driver = new PipelineLoadDriver(
				URI.create(options.getOrDefault("gateway", "http://localhost:8080")),
				Files.readString(Path.of(options.getOrDefault("admin-key-file", "data/admin.key"))).strip());
		List<String> catalog = Files
			.readAllLines(Path.of(options.getOrDefault("catalog", "samples/catalog.jsonl")), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank())
			.toList();
		Report report = driver.run(catalog, Integer.parseInt(options.getOrDefault("products", "60")),
				Double.parseDouble(options.getOrDefault("rate", "0")),
				Duration.parse("PT" + options.getOrDefault("timeout", "15m").toUpperCase()));
		System.out.println(report.markdown());
		System.out.println();
		System.out.println("mix (items per approved asset): " + report.mix());
		System.exit(report.settled() == report.submitted() ? 0 : 1);
	}

	Report run(List<String> catalog, int products, double rate, Duration timeout) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> tenants = new ConcurrentHashMap<>();
		Instant start = Instant.now();
		try (ExecutorService submitters = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < products; i++) {
				if (rate > 0) {
					long due = start.toEpochMilli() + (long) (i * 1000 / rate);
					Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
				}
				String tenant = "bench-" + run + "-" + i;
				String product = catalog.get(i % catalog.size());
				submitters.execute(() -> tenants.put(submit(tenant, product), tenant));
			}
			submitters.shutdown();
			submitters.awaitTermination(5, TimeUnit.MINUTES);
		}
		Instant submitted = Instant.now();
		Map<String, JsonNode> settled = follow(tenants, start.plus(timeout));
		return Report.of(products, rate, start, submitted, settled.values());
	}

	private String keyOf(String tenant) throws IOException, InterruptedException {
		String known = this.keys.get(tenant);
		if (known != null) {
			return known;
		}
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(this.gateway.resolve("/api/v1/admin/keys"))
				.header("Authorization", "Bearer " + this.adminKey)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"tenant\":\"" + tenant + "\",\"name\":\"bench\",\"scopes\":[\"submit\",\"read\"]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"No key for " + tenant + ": HTTP " + response.statusCode() + " " + response.body());
		}
		String key = JSON.readTree(response.body()).path("key").asString();
		this.keys.put(tenant, key);
		return key;
	}

	private String submit(String tenant, String product) {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(this.gateway.resolve("/api/v1/requirements"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + keyOf(tenant))
					.POST(HttpRequest.BodyPublishers.ofString(product))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 202) {
				throw new IllegalStateException(
						"Submission refused: HTTP " + response.statusCode() + " " + response.body());
			}
			return JSON.readTree(response.body()).path("requirementId").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, JsonNode> follow(Map<String, String> tenants, Instant deadline) throws Exception {
		Map<String, JsonNode> settled = new HashMap<>();
		while (settled.size() < tenants.size() && Instant.now().isBefore(deadline)) {
			for (Map.Entry<String, String> requirement : tenants.entrySet()) {
				if (settled.containsKey(requirement.getKey())) {
					continue;
				}
				HttpResponse<String> response = this.http
					.send(HttpRequest.newBuilder(this.gateway.resolve("/api/v1/requirements/" + requirement.getKey()))
						.header("Authorization", "Bearer " + keyOf(requirement.getValue()))
						.build(), HttpResponse.BodyHandlers.ofString());
				JsonNode progress = JSON.readTree(response.body());
				if (progress.path("settled").asBoolean()
						|| JSON.treeToValue(progress.path("stages"), RequirementProgress.Stages.class)
							.awaitingOnlyReview()) {
					settled.put(requirement.getKey(), progress);
				}
			}
			System.err.printf("settled %d/%d%n", settled.size(), tenants.size());
			Thread.sleep(2000);
		}
		return settled;
	}

	/** What one run measured. */
	record Report(int submitted, double rate, int settled, int approved, int rejected, double seconds, Latencies all,
			Latencies withVideo, Latencies withoutVideo, Map<String, Integer> items) {

		static Report of(int submitted, double rate, Instant start, Instant allSubmitted,
				Collection<JsonNode> requirements) {
			List<Long> withVideo = new ArrayList<>();
			List<Long> withoutVideo = new ArrayList<>();
			Instant last = allSubmitted;
			int approved = 0;
			int rejected = 0;
			Map<String, Integer> items = new TreeMap<>();
			for (JsonNode requirement : requirements) {
				Instant accepted = Instant.parse(requirement.path("acceptedAt").asString());
				JsonNode stages = requirement.path("stages");
				approved += stages.path("approved").asInt();
				rejected += stages.path("rejected").asInt();
				int produced = stages.path("produced").asInt();
				items.merge("writeConcept", stages.path("concepts").asInt(), Integer::sum);
				for (String stage : List.of("scanCopy", "embedCopyInBatch", "inspectMainImage", "judgeOriginality")) {
					items.merge(stage, produced, Integer::sum);
				}
				items.merge("publishToFolder", stages.path("publications").asInt(), Integer::sum);
				for (JsonNode asset : requirement.path("assets")) {
					boolean video = false;
					// Each rendition is linked by its name.
					for (Map.Entry<String, JsonNode> link : asset.path("links").properties()) {
						String stage = stageOf(link.getKey());
						if (stage != null) {
							items.merge(stage, 1, Integer::sum);
						}
						video |= "promoVideo".equals(stage);
					}
					Instant first = null;
					for (JsonNode publication : asset.path("publications")) {
						if ("PUBLISHED".equals(publication.path("outcome").asString())) {
							Instant at = Instant.parse(publication.path("at").asString());
							first = (first == null || at.isBefore(first)) ? at : first;
						}
					}
					if (first != null) {
						(video ? withVideo : withoutVideo).add(Duration.between(accepted, first).toMillis());
						last = first.isAfter(last) ? first : last;
					}
				}
			}
			return new Report(submitted, rate, requirements.size(), approved, rejected,
					Duration.between(start, last).toMillis() / 1000.0,
					new Latencies(Stream.concat(withVideo.stream(), withoutVideo.stream()).toList()),
					new Latencies(withVideo), new Latencies(withoutVideo), items);
		}

		/** The stage of {@link StageCostBench} that makes a file of this name, if any. */
		private static @Nullable String stageOf(String rendition) {
			if (rendition.startsWith("main-")) {
				return rendition.endsWith(".png") ? "mainImagePng" : "mainImageJpeg";
			}
			if (rendition.startsWith("detail-") && rendition.endsWith(".html")) {
				return "detailPage";
			}
			return rendition.endsWith(".mp4") ? "promoVideo" : null;
		}

		/** Items per approved asset, as {@code StageCostTable} takes them. */
		String mix() {
			StringBuilder mix = new StringBuilder();
			this.items.forEach((stage, count) -> mix
				.append(String.format(Locale.ROOT, "%s=%.2f ", stage, count / (double) Math.max(1, this.approved))));
			return mix.toString().strip();
		}

		String markdown() {
			return """
					| products submitted | offered rate | settled | approved assets | rejected | wall time | approved/s | latency p50 | p90 | p99 | max |
					|---|---|---|---|---|---|---|---|---|---|---|
					| %d | %s | %d | %d | %d | %.1f s | %.2f | %d ms | %d ms | %d ms | %d ms |

					| published assets | count | latency p50 | p90 | p99 | max |
					|---|---|---|---|---|---|
					| with a promo video | %s |
					| without | %s |"""
				.formatted(this.submitted, (this.rate > 0) ? this.rate + "/s" : "max", this.settled, this.approved,
						this.rejected, this.seconds, this.approved / this.seconds, this.all.percentile(50),
						this.all.percentile(90), this.all.percentile(99), this.all.percentile(100),
						this.withVideo.row(), this.withoutVideo.row());
		}

	}

	/** Latencies in milliseconds, sorted, and their percentiles. */
	record Latencies(List<Long> millis) {

		Latencies {
			millis = millis.stream().sorted().toList();
		}

		long percentile(int p) {
			if (this.millis.isEmpty()) {
				return 0;
			}
			int index = (int) Math.ceil(p / 100.0 * this.millis.size()) - 1;
			return this.millis.get(Math.max(0, Math.min(index, this.millis.size() - 1)));
		}

		/** Count, p50, p90, p99 and max as a table row's cells. */
		String row() {
			return String.format(Locale.ROOT, "%d | %d ms | %d ms | %d ms | %d ms", this.millis.size(), percentile(50),
					percentile(90), percentile(99), percentile(100));
		}

	}

}
