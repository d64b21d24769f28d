package io.aigcfactory.gateway;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.aigcfactory.gateway.keys.KeyIssuance;
import io.aigcfactory.gateway.keys.Scope;
import io.aigcfactory.gateway.openapi.ApiDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document against the live gateway: every documented operation reaches the
 * service it names ({@code x-service}) through the live route table, or is answered by
 * the gateway itself; every route has documented operations; and the scope each operation
 * names ({@code x-scope}) is the one the gateway asks for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gateway", "spring.datasource.url=jdbc:h2:mem:apidoc;MODE=PostgreSQL",
				"aigc.gateway.limits.burst=1000" })
@AutoConfigureWebTestClient(timeout = "30s")
class ApiDocumentTests {

	static final Upstreams upstreams = new Upstreams();

	static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Autowired
	WebTestClient client;

	@Autowired
	KeyIssuance keys;

	@Autowired
	RouteLocator routes;

	@AfterAll
	static void stop() {
		upstreams.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		upstreams.register(registry);
	}

	@Test
	void isServedAsOpenApi31InYamlAndJson() {
		this.client.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((yaml) -> assertThat(ApiDocument.parse(yaml)).containsEntry("openapi", "3.1.0"));
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.isEqualTo("3.1.0");
	}

	@Test
	@SuppressWarnings("unchecked")
	void documentsEveryRouteAndOnlyOperationsTheGatewayServes() {
		Map<String, Object> paths = (Map<String, Object>) ApiDocument.parse(ApiDocument.read()).get("paths");
		Set<String> servicesReached = new HashSet<>();
		List<String> operations = new ArrayList<>();
		paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
			if (!METHODS.contains(method)) {
				return;
			}
			Map<String, Object> op = (Map<String, Object>) operation;
			String service = (String) op.get("x-service");
			String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			operations.add(method + " " + path);
			Scope scope = Scope.valueOf(((String) op.get("x-scope")).toUpperCase());
			Set<Scope> others = EnumSet.complementOf(EnumSet.of(scope));
			upstreams.received.clear();
			int status = call(method, concrete, EnumSet.of(scope));
			if ("gateway".equals(service)) {
				assertThat(upstreams.received).as(method + " " + path).isEmpty();
				// An unknown key id is the handler's own 404; a missing route would be
				// the gateway's.
				assertThat(status).as(method + " " + path).isNotIn(401, 403, 405);
			}
			else {
				assertThat(upstreams.received).as(method + " " + path)
					.singleElement()
					.asString()
					.startsWith(service + " " + method.toUpperCase() + " " + concrete + " ");
				servicesReached.add(service);
			}
			if (!others.isEmpty()) {
				int without = call(method, concrete, others);
				assertThat(without).as("%s %s without %s", method, path, scope).isEqualTo(403);
			}
		}));
		List<Route> live = this.routes.getRoutes().collectList().block();
		assertThat(live).isNotEmpty();
		assertThat(servicesReached).containsExactlyInAnyOrderElementsOf(live.stream()
			.map((route) -> serviceOf(route.getUri().getPort()))
			.collect(java.util.stream.Collectors.toSet()));
		assertThat(operations).hasSizeGreaterThanOrEqualTo(live.size());
		for (Route route : live) {
			java.util.regex.Matcher patterns = java.util.regex.Pattern.compile("/api/[^,\\]\\s]*")
				.matcher(route.getPredicate().toString());
			List<String> prefixes = new ArrayList<>();
			while (patterns.find()) {
				prefixes.add(patterns.group().replace("/**", ""));
			}
			assertThat(prefixes).as(route.getId()).isNotEmpty();
			for (String prefix : prefixes) {
				assertThat(paths.keySet().stream().map((path) -> path.replaceAll("\\{[^}]+}", "*")))
					.as("route %s: %s is documented", route.getId(), prefix)
					.anyMatch((path) -> path.equals(prefix) || path.startsWith(prefix + "/")
							|| path.startsWith(prefix + ":"));
			}
		}
	}

	private String serviceOf(int port) {
		return upstreams.servers.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().getAddress().getPort() == port)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private int call(String method, String path, Set<Scope> scopes) {
		String key = this.keys.issue("acme", "doc-" + UUID.randomUUID(), scopes).secret();
		return this.client.method(HttpMethod.valueOf(method.toUpperCase()))
			.uri(path)
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.bodyValue("{}")
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

}
