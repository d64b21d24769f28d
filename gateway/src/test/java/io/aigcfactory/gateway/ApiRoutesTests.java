package io.aigcfactory.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway routes each API to its service, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=gateway")
@AutoConfigureWebTestClient
class ApiRoutesTests {

	static final List<String> SERVICES = List.of("creative", "production", "inspection", "distribution", "feedback");

	/** One stub per service, so that a route to the wrong service shows. */
	static final Map<String, HttpServer> upstreams = new LinkedHashMap<>();

	/** What the stubs received: service, method, URI, tenant and body. */
	static final List<String> received = new CopyOnWriteArrayList<>();

	@Autowired
	WebTestClient client;

	@BeforeAll
	static void startUpstreams() throws IOException {
		for (String service : SERVICES) {
			HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			upstream.createContext("/", (exchange) -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				received.add(service + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
						+ exchange.getRequestHeaders().getFirst("X-Tenant-Id") + " " + body);
				byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(202, reply.length);
				exchange.getResponseBody().write(reply);
				exchange.close();
			});
			upstream.start();
			upstreams.put(service, upstream);
		}
	}

	@AfterAll
	static void stopUpstreams() {
		upstreams.values().forEach((upstream) -> upstream.stop(0));
	}

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		for (String service : SERVICES) {
			registry.add("aigc.gateway.services." + service,
					() -> "http://127.0.0.1:" + upstreams.get(service).getAddress().getPort());
		}
	}

	@Test
	void forwardsARequestWithItsBodyAndHeaders() {
		this.client.post()
			.uri("/api/v1/requirements")
			.header("X-Tenant-Id", "acme")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"杯子\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.ok")
			.isEqualTo(true);
		assertThat(received).contains("creative POST /api/v1/requirements acme {\"title\":\"杯子\"}");
	}

	@Test
	void routesEveryApi() {
		Map<String, String> routes = new LinkedHashMap<>();
		routes.put("/api/v1/requirements/x", "creative");
		routes.put("/api/v1/media/x", "creative");
		routes.put("/api/v1/brands", "creative");
		routes.put("/api/v1/brands/x/logo", "creative");
		routes.put("/api/v1/assets/x", "production");
		routes.put("/api/v1/inspections/x", "inspection");
		routes.put("/api/v1/inspections/text", "inspection");
		routes.put("/api/v1/channels", "distribution");
		routes.put("/api/v1/publications?assetId=x", "distribution");
		routes.put("/api/v1/insights", "feedback");
		routes.put("/api/v1/feedback/assets/x", "feedback");
		routes.forEach((path, service) -> {
			received.clear();
			this.client.get().uri(path).exchange().expectStatus().isAccepted();
			assertThat(received).as(path).singleElement().asString().startsWith(service + " GET " + path + " ");
		});
	}

	@Test
	void routesDeadLettersWithTheirQueryAndMethod() {
		this.client.get().uri("/api/v1/dead-letters?topic=aigc.asset.v1").exchange().expectStatus().isAccepted();
		this.client.post().uri("/api/v1/dead-letters/aigc.asset.v1/0/7/redrive").exchange().expectStatus().isAccepted();
		assertThat(received).contains("creative GET /api/v1/dead-letters?topic=aigc.asset.v1 null ",
				"creative POST /api/v1/dead-letters/aigc.asset.v1/0/7/redrive null ");
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		this.client.get()
			.uri("/api/v1/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
