package io.aigcfactory.distribution.channel.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.distribution.Assets;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.platform.storage.fs.FilesystemBlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The webhook channel against a real HTTP receiver on 127.0.0.1; signatures are checked
 * with an HMAC the test computes itself from the Standard Webhooks rules.
 */
class WebhookChannelTests {

	static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");

	@TempDir
	Path root;

	private HttpServer receiver;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(204);

	private final AtomicReference<String> retryAfter = new AtomicReference<>();

	private final AtomicReference<byte[]> answer = new AtomicReference<>(new byte[0]);

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			this.received.add(new Received(exchange.getRequestBody().readAllBytes(), exchange.getRequestHeaders()));
			if (this.retryAfter.get() != null) {
				exchange.getResponseHeaders().add("Retry-After", this.retryAfter.get());
			}
			byte[] body = this.answer.get();
			exchange.sendResponseHeaders(this.status.get(), (body.length > 0) ? body.length : -1);
			if (body.length > 0) {
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void signsWithStandardWebhooksHeadersThatAnIndependentHmacVerifies() throws Exception {
		AssetInspected asset = Assets.approved(new FilesystemBlobStore(this.root), List.of("partner"));
		UUID delivery = UUID.randomUUID();
		String location = channel("s3cret").publish(new Delivery(delivery, asset));

		assertThat(location).endsWith("/hook");
		Received request = this.received.getFirst();
		String id = request.headers().getFirst("webhook-id");
		String timestamp = request.headers().getFirst("webhook-timestamp");
		assertThat(id).isEqualTo(delivery.toString());
		assertThat(timestamp).isEqualTo(Long.toString(NOW.getEpochSecond()));
		byte[] signed = (id + "." + timestamp + "." + new String(request.body(), StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(request.headers().getFirst("webhook-signature"))
			.isEqualTo("v1," + Base64.getEncoder().encodeToString(hmacSha256("s3cret".getBytes(), signed)));
		assertThat(request.headers().getFirst("X-Aigc-Signature"))
			.isEqualTo("sha256=" + HexFormat.of().formatHex(hmacSha256("s3cret".getBytes(), request.body())));
		JsonNode body = JsonMapper.shared().readTree(request.body());
		assertThat(body.path("assetId").asString()).isEqualTo(asset.assetId().toString());
		assertThat(body.path("files").get(1).path("url").asString())
			.isEqualTo("http://localhost:8080/api/v1/assets/" + asset.assetId() + "/renditions/main-800x800.png");
	}

	@Test
	void aWhsecSecretSignsWithItsDecodedBytesAndARetryKeepsTheWebhookId() throws Exception {
		byte[] key = "a key of thirty-two random bytes".getBytes(StandardCharsets.UTF_8);
		String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
		AssetInspected asset = Assets.approved(new FilesystemBlobStore(this.root), List.of("partner"));
		UUID delivery = UUID.randomUUID();
		channel(secret).publish(new Delivery(delivery, asset));
		channel(secret).publish(new Delivery(delivery, asset));

		assertThat(this.received).hasSize(2).allSatisfy((request) -> {
			String signed = request.headers().getFirst("webhook-id") + "."
					+ request.headers().getFirst("webhook-timestamp") + "."
					+ new String(request.body(), StandardCharsets.UTF_8);
			assertThat(request.headers().getFirst("webhook-id")).isEqualTo(delivery.toString());
			assertThat(request.headers().getFirst("webhook-signature")).isEqualTo("v1,"
					+ Base64.getEncoder().encodeToString(hmacSha256(key, signed.getBytes(StandardCharsets.UTF_8))));
		});
	}

	@Test
	void saysWhetherARetryMayHelp() {
		AssetInspected asset = Assets.approved(new FilesystemBlobStore(this.root), List.of("partner"));
		this.status.set(503);
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> channel(null).publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.retryable()).isTrue());
		this.status.set(422);
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> channel(null).publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.retryable()).isFalse());
		assertThat(this.received)
			.allSatisfy((request) -> assertThat(request.headers().getFirst("webhook-signature")).isNull());
	}

	@Test
	void passesOnRetryAfterInSecondsOrAsAnHttpDate() {
		AssetInspected asset = Assets.approved(new FilesystemBlobStore(this.root), List.of("partner"));
		this.status.set(429);
		this.retryAfter.set("120");
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> channel(null).publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120)));
		this.status.set(503);
		this.retryAfter
			.set(DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC)));
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> channel(null).publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.retryAfter()).contains(Duration.ofHours(1)));
		this.status.set(500);
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> channel(null).publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.retryAfter()).isEmpty());
	}

	@Test
	void readsAnAnswerOnlyUpToItsLimit() {
		AssetInspected asset = Assets.approved(new FilesystemBlobStore(this.root), List.of("partner"));
		this.status.set(500);
		this.answer.set("x".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> channel(null).publish(new Delivery(UUID.randomUUID(), asset)))
			.satisfies((failure) -> assertThat(failure.getMessage()).contains("HTTP 500: xxx").hasSizeLessThan(400));
	}

	private WebhookChannel channel(String secret) {
		return new WebhookChannel("partner",
				URI.create("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook"), secret,
				Duration.ofSeconds(5), URI.create("http://localhost:8080"), DataSize.ofKilobytes(1),
				HttpClient.newHttpClient(), JsonMapper.shared(), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static byte[] hmacSha256(byte[] key, byte[] content) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(content);
	}

	private record Received(byte[] body, Headers headers) {
	}

}
