package io.aigcfactory.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog's product photos: {@code photos/photos.properties} beside the catalog maps
 * SKUs to files, which are uploaded through {@code POST /api/v1/media}; each product with
 * a photo then cites the returned id in its {@code images}.
 */
final class SamplePhotos {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http;

	private final URI gateway;

	private final String apiKey;

	SamplePhotos(HttpClient http, URI gateway, String apiKey) {
		this.http = http;
		this.gateway = gateway;
		this.apiKey = apiKey;
	}

	/** The catalog's lines, each product with a photo citing its uploaded id. */
	byte[] catalogWithPhotos(Path catalog) throws IOException, InterruptedException {
		Path folder = catalog.toAbsolutePath().getParent().resolve("photos");
		Path index = folder.resolve("photos.properties");
		if (!Files.isRegularFile(index)) {
			return Files.readAllBytes(catalog);
		}
		Properties files = new Properties();
		try (Reader reader = Files.newBufferedReader(index)) {
			files.load(reader);
		}
		Map<String, String> ids = new LinkedHashMap<>();
		for (String sku : files.stringPropertyNames()) {
			ids.put(sku, upload(folder.resolve(files.getProperty(sku).strip())));
		}
		StringBuilder lines = new StringBuilder();
		for (String line : Files.readAllLines(catalog, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode product = JSON.readTree(line);
			String id = ids.get(product.path("sku").asString(""));
			if (id != null && product instanceof ObjectNode object && !object.has("images")) {
				object.putArray("images").add(id);
				line = JSON.writeValueAsString(object);
			}
			lines.append(line).append('\n');
		}
		return lines.toString().getBytes(StandardCharsets.UTF_8);
	}

	private String upload(Path photo) throws IOException, InterruptedException {
		String boundary = "aigc-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ photo.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(Files.readAllBytes(photo));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.gateway.resolve("/api/v1/media"))
			.header("Authorization", "Bearer " + this.apiKey)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("The photo " + photo + " was not accepted (HTTP " + response.statusCode()
					+ "): " + response.body());
		}
		return JSON.readTree(response.body()).path("id").asString();
	}

}
