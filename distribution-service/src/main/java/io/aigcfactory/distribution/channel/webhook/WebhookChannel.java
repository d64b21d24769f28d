package io.aigcfactory.distribution.channel.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.aigcfactory.distribution.channel.Channel;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.events.AssetInspected;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs each publication as JSON to a receiver. The body is signed with HMAC-SHA256 in
 * {@code X-Aigc-Signature} when the channel has a secret; {@code X-Aigc-Delivery} carries
 * the publication id, the same on every retry, so receivers can deduplicate. Server
 * errors, 408, 429 and network failures are retried; other client errors are not.
 */
public class WebhookChannel implements Channel {

	static final String SIGNATURE_HEADER = "X-Aigc-Signature";

	static final String DELIVERY_HEADER = "X-Aigc-Delivery";

	private final String id;

	private final URI url;

	private final @Nullable String secret;

	private final Duration timeout;

	private final URI publicBaseUrl;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	public WebhookChannel(String id, URI url, @Nullable String secret, Duration timeout, URI publicBaseUrl,
			HttpClient http, JsonMapper json, Clock clock) {
		this.id = id;
		this.url = url;
		this.secret = secret;
		this.timeout = timeout;
		this.publicBaseUrl = publicBaseUrl;
		this.http = http;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String publish(Delivery delivery) {
		byte[] body = this.json.writeValueAsBytes(payload(delivery));
		HttpRequest.Builder request = HttpRequest.newBuilder(this.url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header(DELIVERY_HEADER, delivery.publicationId().toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (this.secret != null) {
			request.header(SIGNATURE_HEADER, "sha256=" + hmac(this.secret, body));
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new DeliveryFailed("POST " + this.url + " failed: " + ex, true, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailed("Interrupted while posting to " + this.url, true, ex);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return this.url.toString();
		}
		boolean retryable = status >= 500 || status == 408 || status == 429;
		throw new DeliveryFailed("POST " + this.url + " answered HTTP " + status, retryable);
	}

	private Map<String, Object> payload(Delivery delivery) {
		AssetInspected asset = delivery.asset();
		String assetUrl = this.publicBaseUrl.resolve("/api/v1/assets/" + asset.assetId()).toString();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("deliveryId", delivery.publicationId().toString());
		payload.put("channel", this.id);
		payload.put("assetId", asset.assetId().toString());
		payload.put("requirementId", asset.requirementId().toString());
		payload.put("tenantId", asset.metadata().tenantId());
		payload.put("product", asset.product());
		payload.put("angle", asset.angle().name());
		payload.put("files", asset.renditions()
			.stream()
			.map((file) -> Map.of("name", file.name(), "kind", file.kind().name(), "mediaType", file.mediaType(),
					"bytes", file.bytes(), "sha256", file.sha256(), "url", assetUrl + "/renditions/" + file.name()))
			.toList());
		payload.put("sentAt", Instant.now(this.clock).toString());
		return payload;
	}

	static String hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
