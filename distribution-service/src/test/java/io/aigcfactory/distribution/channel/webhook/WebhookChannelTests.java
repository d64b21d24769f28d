package io.aigcfactory.distribution.channel.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The webhook channel against a real HTTP receiver. */
class WebhookChannelTests {

	@TempDir
	Path root;

	private HttpServer receiver;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(204);

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			this.received.add(new Received(exchange.getRequestBody().readAllBytes(),
					exchange.getRequestHeaders().getFirst(WebhookChannel.SIGNATURE_HEADER),
					exchange.getRequestHeaders().getFirst(WebhookChannel.DELIVERY_HEADER)));
			exchange.sendResponseHeaders(this.status.get(), -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void postsASignedDescriptionOfTheAsset() {
		AssetInspected asset = Assets.approved(new FilesystemBlobStore(this.root), List.of("partner"));
		UUID delivery = UUID.randomUUID();
		String location = channel("s3cret").publish(new Delivery(delivery, asset));

		assertThat(location).endsWith("/hook");
		Received request = this.received.getFirst();
		assertThat(request.delivery()).isEqualTo(delivery.toString());
		assertThat(request.signature()).isEqualTo("sha256=" + WebhookChannel.hmac("s3cret", request.body()));
		JsonNode body = JsonMapper.shared().readTree(request.body());
		assertThat(body.path("assetId").asString()).isEqualTo(asset.assetId().toString());
		assertThat(body.path("files").get(1).path("url").asString())
			.isEqualTo("http://localhost:8080/api/v1/assets/" + asset.assetId() + "/renditions/main-800x800.png");
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
		assertThat(this.received).allSatisfy((request) -> assertThat(request.signature()).isNull());
	}

	private WebhookChannel channel(String secret) {
		return new WebhookChannel("partner",
				URI.create("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook"), secret,
				Duration.ofSeconds(5), URI.create("http://localhost:8080"), HttpClient.newHttpClient(),
				JsonMapper.shared(), Clock.systemUTC());
	}

	private record Received(byte[] body, String signature, String delivery) {
	}

}
