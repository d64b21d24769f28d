package io.aigcfactory.distribution.channel.webhook;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.aigcfactory.distribution.channel.Channel;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.platform.observability.MessageTracing;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

/**
 * POSTs each publication as JSON to a receiver, following Standard Webhooks:
 * {@code webhook-id} is the publication id, the same on every retry, so a receiver
 * deduplicates on it; {@code webhook-timestamp} is the send time in Unix seconds; and,
 * when the channel has a secret, {@code webhook-signature} is {@code v1,} followed by the
 * base64 HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}. A secret of the
 * form {@code whsec_<base64>} is used as the decoded bytes, any other secret as its UTF-8
 * bytes. Receivers should reject a timestamp more than 5 minutes away from their clock,
 * which bounds replays; the signature binds the timestamp, so a retry sent hours later
 * still verifies with a fresh timestamp.
 * <p>
 * The older {@code X-Aigc-Signature} ({@code sha256=} hex HMAC of the body alone) and
 * {@code X-Aigc-Delivery} headers are still sent. Server errors, 408, 429 and network
 * failures are retried, with a {@code Retry-After} (seconds or an HTTP date) on 429 or
 * 503 passed on; other client errors are not. At most {@code response-body-limit} of an
 * answer is read. Inside a trace, the request carries its W3C {@code traceparent}, so a
 * receiver that traces can join the asset's trace.
 */
public class WebhookChannel implements Channel {

	static final String ID_HEADER = "webhook-id";

	static final String TIMESTAMP_HEADER = "webhook-timestamp";

	static final String STANDARD_SIGNATURE_HEADER = "webhook-signature";

	static final String SIGNATURE_HEADER = "X-Aigc-Signature";

	static final String DELIVERY_HEADER = "X-Aigc-Delivery";

	private static final String SECRET_PREFIX = "whsec_";

	private final String id;

	private final URI url;

	private final @Nullable String secret;

	private final Duration timeout;

	private final URI publicBaseUrl;

	private final int responseBodyLimit;

	private final HttpClient http;

	private final JsonMapper json;

	private final Clock clock;

	public WebhookChannel(String id, URI url, @Nullable String secret, Duration timeout, URI publicBaseUrl,
			DataSize responseBodyLimit, HttpClient http, JsonMapper json, Clock clock) {
		this.id = id;
		this.url = url;
		this.secret = secret;
		this.timeout = timeout;
		this.publicBaseUrl = publicBaseUrl;
		this.responseBodyLimit = (int) Math.min(Integer.MAX_VALUE, responseBodyLimit.toBytes());
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
		String webhookId = delivery.publicationId().toString();
		String timestamp = Long.toString(Instant.now(this.clock).getEpochSecond());
		HttpRequest.Builder request = HttpRequest.newBuilder(this.url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header(ID_HEADER, webhookId)
			.header(TIMESTAMP_HEADER, timestamp)
			.header(DELIVERY_HEADER, webhookId)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		MessageTracing.putCurrentTraceparent(request::header);
		if (this.secret != null) {
			request.header(STANDARD_SIGNATURE_HEADER, "v1," + sign(this.secret, webhookId, timestamp, body));
			request.header(SIGNATURE_HEADER, "sha256=" + hmac(this.secret, body));
		}
		HttpResponse<InputStream> response;
		String answer;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				answer = new String(in.readNBytes(this.responseBodyLimit), StandardCharsets.UTF_8);
			}
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
		Duration retryAfter = (status == 429 || status == 503)
				? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), this.clock) : null;
		String excerpt = answer.isBlank() ? "" : ": " + abbreviate(answer.strip());
		throw new DeliveryFailed("POST " + this.url + " answered HTTP " + status + excerpt, retryable, retryAfter,
				null);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 197) + "...";
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
		payload.put("files", delivery.filesFor(this.id)
			.stream()
			.map((file) -> Map.of("name", file.name(), "kind", file.kind().name(), "mediaType", file.mediaType(),
					"bytes", file.bytes(), "sha256", file.sha256(), "url", assetUrl + "/renditions/" + file.name()))
			.toList());
		payload.put("sentAt", Instant.now(this.clock).toString());
		return payload;
	}

	static String hmac(String secret, byte[] body) {
		return HexFormat.of().formatHex(mac(secret.getBytes(StandardCharsets.UTF_8)).doFinal(body));
	}

	/** The Standard Webhooks signature, without its {@code v1,} prefix. */
	static String sign(String secret, String webhookId, String timestamp, byte[] body) {
		byte[] key = secret.startsWith(SECRET_PREFIX) ? Base64.getDecoder().decode(secret.substring(6))
				: secret.getBytes(StandardCharsets.UTF_8);
		Mac mac = mac(key);
		mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(mac.doFinal(body));
	}

	private static Mac mac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
