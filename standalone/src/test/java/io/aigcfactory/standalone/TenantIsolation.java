package io.aigcfactory.standalone;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, S1: every API of the running platform, called with another tenant's key for
 * the objects of tenant {@code default}, answers exactly as it answers for an id that
 * does not exist (status and body, the id aside), so nothing is visible and no answer
 * tells that the object exists. Each probe's median time, both ways, goes to
 * {@code target/security/S1.md}.
 */
final class TenantIsolation {

	private static final JsonMapper json = JsonMapper.shared();

	private static final int TIMINGS = 3;

	private final HttpClient http;

	private final URI gateway;

	private final String ownerKey;

	private final String foreignKey;

	private final List<String> rows = new ArrayList<>();

	private TenantIsolation(HttpClient http, URI gateway, String ownerKey, String foreignKey) {
		this.http = http;
		this.gateway = gateway;
		this.ownerKey = ownerKey;
		this.foreignKey = foreignKey;
	}

	/** Probes as tenant {@code globex}, with a key the admin key issues. */
	static TenantIsolation asAnotherTenant(HttpClient http, URI gateway, String adminKey) throws Exception {
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/admin/keys"))
			.header("Authorization", "Bearer " + adminKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"tenant\":\"globex\",\"name\":\"probe\",\"scopes\":[\"submit\",\"read\",\"feedback\"]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		return new TenantIsolation(http, gateway, adminKey, json.readTree(issued.body()).path("key").asString());
	}

	/** Probes every object of the settled requirements, a photo and a brand kit. */
	void probe(List<JsonNode> settled) throws Exception {
		String media = uploadPhoto();
		probe("GET", "/api/v1/media/{id}", media, null);
		String brand = "isolation-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> kit = send("PUT", "/api/v1/brands/" + brand,
				"{\"colours\":[\"#112233\"],\"voice\":[],\"bannedWords\":[],\"requiredPhrases\":[]}", this.ownerKey);
		assertThat(kit.statusCode()).as(kit.body()).isEqualTo(201);
		probe("GET", "/api/v1/brands/{id}", brand, null);
		probe("GET", "/api/v1/brands/{id}/logo", brand, null);
		probe("DELETE", "/api/v1/brands/{id}", brand, null);
		assertThat(send("GET", "/api/v1/brands/" + brand, null, this.ownerKey).body()).contains("#112233");
		assertThat(send("GET", "/api/v1/brands", null, this.foreignKey).body()).doesNotContain(brand);
		for (JsonNode requirement : settled) {
			String id = requirement.path("requirementId").asString();
			probe("GET", "/api/v1/requirements/{id}", id, null);
			probe("GET", "/api/v1/requirements/{id}/events", id, null);
			probe("POST", "/api/v1/requirements/{id}/retry", id, null);
			probe("GET", "/api/v1/publications?requirementId={id}", id, null);
			for (JsonNode asset : requirement.path("assets")) {
				String assetId = asset.path("assetId").asString();
				probe("GET", "/api/v1/assets/{id}", assetId, null);
				probe("GET", "/api/v1/assets/{id}/provenance", assetId, null);
				probe("GET", "/api/v1/assets/{id}/renditions/copy.txt", assetId, null);
				probe("GET", "/api/v1/inspections/{id}", assetId, null);
				probe("GET", "/api/v1/publications?assetId={id}", assetId, null);
				probe("GET", "/api/v1/feedback/assets/{id}", assetId, null);
				probe("POST", "/api/v1/feedback", assetId,
						"{\"assetId\":\"{id}\",\"channel\":\"taobao\",\"kind\":\"CLICK\",\"count\":1}");
			}
		}
		String latest = send("GET", "/api/v1/requirements?limit=100", null, this.foreignKey).body();
		assertThat(settled).allSatisfy(
				(requirement) -> assertThat(latest).doesNotContain(requirement.path("requirementId").asString()));
		String insights = send("GET", "/api/v1/insights", null, this.foreignKey).body();
		assertThat(json.readTree(insights).path("categories").isEmpty()).as(insights).isTrue();
	}

	/**
	 * One operation on another tenant's object and on a random id: the same status, the
	 * same body with the id taken out, and never a success that shows the object.
	 */
	private void probe(String method, String template, String id, String body) throws Exception {
		String random = UUID.randomUUID().toString();
		if (!id.matches("[0-9a-f-]{36}")) {
			random = "isolation-" + random.substring(0, 8);
		}
		long[] foreignTimes = new long[TIMINGS];
		long[] randomTimes = new long[TIMINGS];
		HttpResponse<String> foreign = null;
		HttpResponse<String> absent = null;
		for (int i = 0; i < TIMINGS; i++) {
			long started = System.nanoTime();
			foreign = send(method, template.replace("{id}", id), (body != null) ? body.replace("{id}", id) : null,
					this.foreignKey);
			foreignTimes[i] = System.nanoTime() - started;
			started = System.nanoTime();
			absent = send(method, template.replace("{id}", random),
					(body != null) ? body.replace("{id}", random) : null, this.foreignKey);
			randomTimes[i] = System.nanoTime() - started;
		}
		String operation = method + " " + template;
		assertThat(foreign.statusCode()).as(operation + " " + foreign.body()).isEqualTo(absent.statusCode());
		assertThat(foreign.statusCode()).as(operation).isIn(200, 404);
		assertThat(foreign.body().replace(id, "{id}")).as(operation).isEqualTo(absent.body().replace(random, "{id}"));
		if (foreign.statusCode() == 200) {
			// A query by id: the answer is an empty list for both.
			assertThat(json.readTree(foreign.body()).isEmpty()).as(operation + " " + foreign.body()).isTrue();
		}
		this.rows.add("| " + operation + " | " + foreign.statusCode() + " | " + absent.statusCode() + " | "
				+ median(foreignTimes) + " | " + median(randomTimes) + " |");
	}

	/** The probes as a Markdown table, written for the security report. */
	void writeReport(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		List<String> lines = new ArrayList<>(List.of(
				"| operation (tenant globex on tenant default's object) | status | status for a random id | median ms | median ms, random id |",
				"|---|---|---|---|---|"));
		lines.addAll(this.rows.stream().distinct().toList());
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	private static String median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("%.1f", sorted[sorted.length / 2] / 1e6);
	}

	private String uploadPhoto() throws Exception {
		BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x2a6f97));
		graphics.fillRect(0, 0, 320, 320);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(60, 60, 200, 200);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		String boundary = "isolation" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream multipart = new ByteArrayOutputStream();
		multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.png\""
				+ "\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		multipart.writeBytes(png.toByteArray());
		multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> uploaded = this.http.send(HttpRequest.newBuilder(this.gateway.resolve("/api/v1/media"))
			.header("Authorization", "Bearer " + this.ownerKey)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		return json.readTree(uploaded.body()).path("id").asString();
	}

	private HttpResponse<String> send(String method, String path, String body, String key) {
		// A stream shown to the wrong tenant would not end by itself.
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + key);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
