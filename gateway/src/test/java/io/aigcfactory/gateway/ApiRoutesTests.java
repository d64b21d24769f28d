package io.aigcfactory.gateway;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.aigcfactory.gateway.keys.KeyIssuance;
import io.aigcfactory.gateway.keys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway routes each API to its service, over real HTTP, with the caller's tenant
 * signed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gateway", "spring.datasource.url=jdbc:h2:mem:routes;MODE=PostgreSQL" })
@AutoConfigureWebTestClient(timeout = "30s")
class ApiRoutesTests {

	static final Upstreams upstreams = new Upstreams();

	static final List<String> received = upstreams.received;

	@Autowired
	WebTestClient client;

	@Autowired
	KeyIssuance keys;

	@AfterAll
	static void stopUpstreams() {
		upstreams.close();
	}

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		upstreams.register(registry);
	}

	/** The bearer header of a fresh key of a tenant with every scope. */
	private String bearer(String tenant) {
		return "Bearer " + this.keys.issue(tenant, "routes-" + UUID.randomUUID(), EnumSet.allOf(Scope.class)).secret();
	}

	@Test
	void forwardsARequestWithItsBodyAndHeaders() {
		this.client.post()
			.uri("/api/v1/requirements")
			.header("Authorization", bearer("acme"))
			.header("X-Tenant-Id", "someone-else")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"杯子\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.ok")
			.isEqualTo(true);
		assertThat(received).contains("creative POST /api/v1/requirements acme signed {\"title\":\"杯子\"}");
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
		String bearer = bearer("globex");
		routes.forEach((path, service) -> {
			received.clear();
			this.client.get().uri(path).header("Authorization", bearer).exchange().expectStatus().isAccepted();
			assertThat(received).as(path)
				.singleElement()
				.asString()
				.startsWith(service + " GET " + path + " globex signed ");
		});
	}

	@Test
	void routesDeadLettersWithTheirQueryAndMethod() {
		String bearer = bearer("default");
		this.client.get()
			.uri("/api/v1/dead-letters?topic=aigc.asset.v1")
			.header("Authorization", bearer)
			.exchange()
			.expectStatus()
			.isAccepted();
		this.client.post()
			.uri("/api/v1/dead-letters/aigc.asset.v1/0/7/redrive")
			.header("Authorization", bearer)
			.exchange()
			.expectStatus()
			.isAccepted();
		assertThat(received).contains("creative GET /api/v1/dead-letters?topic=aigc.asset.v1 default signed ",
				"creative POST /api/v1/dead-letters/aigc.asset.v1/0/7/redrive default signed ");
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		this.client.get()
			.uri("/api/v1/nothing-here")
			.header("Authorization", bearer("acme"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
