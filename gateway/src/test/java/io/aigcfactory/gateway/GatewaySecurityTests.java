package io.aigcfactory.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.gateway.keys.KeyIssuance;
import io.aigcfactory.gateway.keys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets in at the gateway (issue 11, S2 and the rate limit): no credential, unknown,
 * revoked and wrong-scope keys, forged, expired, wrong-audience and wrong-issuer JWTs;
 * and what the services see of those that do get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=gateway", "spring.datasource.url=jdbc:h2:mem:security;MODE=PostgreSQL",
				"aigc.gateway.security.jwt.issuer=https://login.example.test", "aigc.gateway.limits.rate=1",
				"aigc.gateway.limits.burst=5" })
@AutoConfigureWebTestClient(timeout = "30s")
class GatewaySecurityTests {

	static final Upstreams upstreams = new Upstreams();

	static final RSAKey signingKey = rsaKey();

	static final HttpServer jwks = jwks(signingKey);

	/** Every API with one example path, by method. */
	static final List<String> OPERATIONS = List.of("POST /api/v1/requirements", "POST /api/v1/requirements/batch",
			"GET /api/v1/requirements", "GET /api/v1/requirements/x", "GET /api/v1/requirements/x/events",
			"POST /api/v1/requirements/x/retry", "GET /api/v1/overview", "GET /api/v1/queues", "POST /api/v1/media",
			"GET /api/v1/media/x", "GET /api/v1/brands", "PUT /api/v1/brands/x", "DELETE /api/v1/brands/x",
			"GET /api/v1/assets/x", "GET /api/v1/assets/x/renditions/copy.txt", "GET /api/v1/inspections/x",
			"GET /api/v1/channels", "GET /api/v1/publications?assetId=x", "POST /api/v1/feedback",
			"GET /api/v1/feedback/assets/x", "GET /api/v1/insights", "GET /api/v1/dead-letters?topic=t",
			"POST /api/v1/dead-letters/t/0/1/redrive", "GET /api/v1/admin/keys", "POST /api/v1/admin/keys",
			"GET /actuator/metrics", "GET /actuator/prometheus");

	@Autowired
	WebTestClient client;

	@Autowired
	KeyIssuance keys;

	@AfterAll
	static void stop() {
		upstreams.close();
		jwks.stop(0);
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		upstreams.register(registry);
		registry.add("aigc.gateway.security.jwt.jwk-set-uri",
				() -> "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
	}

	@Test
	void answersEveryOperationWithoutACredentialWith401() {
		for (String operation : OPERATIONS) {
			call(operation, null).expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueEquals("WWW-Authenticate", "Bearer")
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(upstreams.received).noneMatch((line) -> line.contains(" unsigned ") || line.contains(" null "));
	}

	@Test
	void leavesHealthAndTheApiDocumentOpen() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/openapi.yaml").exchange().expectStatus().isOk();
	}

	@Test
	void servesTheDashboardAndItsChartsWithoutACredential() {
		this.client.get().uri("/").exchange().expectStatus().isSeeOther().expectHeader().location("/dashboard/");
		this.client.get().uri("/dashboard").exchange().expectStatus().isSeeOther();
		this.client.get()
			.uri("/dashboard/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("<script type=\"module\" src=\"./app.js\">"));
		for (String module : List.of("app.js", "api.js", "i18n.js", "dom.js", "views/overview.js",
				"views/requirements.js", "views/gallery.js", "views/review.js", "views/channels.js", "views/effects.js",
				"views/dead-letters.js")) {
			this.client.get()
				.uri("/dashboard/" + module)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith("text/javascript");
		}
		// The version-less path the dashboard imports, resolved by the WebJars locator.
		this.client.get()
			.uri("/webjars/echarts/dist/echarts.esm.min.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript");
		// The bundled CJK font, for browsers on machines without one.
		this.client.get()
			.uri("/dashboard/fonts/NotoSansSC-Regular.otf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("font/otf")
			.expectHeader()
			.value("Content-Length", (length) -> assertThat(Long.parseLong(length)).isGreaterThan(1_000_000));
		this.client.get().uri("/dashboard/fonts/other.otf").exchange().expectStatus().isNotFound();
	}

	@Test
	void refusesUnknownAndRevokedKeysAlike() {
		call("GET /api/v1/channels", "Bearer aigc_acme_" + "0".repeat(50)).expectStatus().isUnauthorized();
		KeyIssuance.Issued issued = this.keys.issue("acme", "revoked", Set.of(Scope.READ));
		call("GET /api/v1/channels", "Bearer " + issued.secret()).expectStatus().isAccepted();
		this.keys.revoke(issued.key().id());
		call("GET /api/v1/channels", "Bearer " + issued.secret()).expectStatus().isUnauthorized();
	}

	@Test
	void refusesAKeyOutsideItsScopesWith403() {
		String read = key(Scope.READ);
		call("POST /api/v1/requirements", read).expectStatus().isForbidden();
		call("POST /api/v1/feedback", read).expectStatus().isForbidden();
		call("GET /api/v1/admin/keys", read).expectStatus().isForbidden();
		call("GET /api/v1/dead-letters?topic=t", read).expectStatus().isForbidden();
		call("GET /actuator/metrics", read).expectStatus().isForbidden();
		String submit = key(Scope.SUBMIT);
		call("GET /api/v1/requirements/x", submit).expectStatus().isForbidden();
		call("POST /api/v1/requirements", submit).expectStatus().isAccepted();
		String feedback = key(Scope.FEEDBACK);
		call("POST /api/v1/feedback", feedback).expectStatus().isAccepted();
		call("GET /api/v1/insights", feedback).expectStatus().isForbidden();
		call("GET /actuator/metrics", key(Scope.ADMIN)).expectStatus().isOk();
	}

	@Test
	void assertsTheKeysTenantWhateverTenantTheCallerNames() {
		upstreams.received.clear();
		this.client.get()
			.uri("/api/v1/assets/a-1")
			.header("Authorization", "Bearer " + this.keys.issue("acme", "t", Set.of(Scope.READ)).secret())
			.header("X-Tenant-Id", "globex")
			.header("X-Tenant-Assertion", "t=1,v1=forged")
			.exchange()
			.expectStatus()
			.isAccepted();
		assertThat(upstreams.received).containsExactly("production GET /api/v1/assets/a-1 acme signed ");
	}

	@Test
	void keepsTenantDataOutOfSharedCaches() {
		this.client.get()
			.uri("/api/v1/assets/x/renditions/copy.txt")
			.header("Authorization", key(Scope.READ))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectHeader()
			.valueEquals("Cache-Control", "private, max-age=31536000, immutable")
			.expectHeader()
			.valueEquals("Vary", "Authorization");
	}

	@Test
	void limitsTheRateOfEachKeyWith429AndRetryAfter() {
		String bearer = key(Scope.READ);
		for (int i = 0; i < 5; i++) {
			call("GET /api/v1/channels", bearer).expectStatus().isAccepted();
		}
		// One token a second comes back: a slow machine may earn a few before the bucket
		// runs dry, but twenty more calls outrun it.
		EntityExchangeResult<String> refused = null;
		for (int i = 0; i < 20 && refused == null; i++) {
			EntityExchangeResult<String> result = call("GET /api/v1/channels", bearer).expectBody(String.class)
				.returnResult();
			if (result.getStatus().value() == 429) {
				refused = result;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertThat(refused.getResponseBody()).contains("https://aigc-factory.dev/problems/rate-limited");
		// Another key of the same tenant has a bucket of its own.
		call("GET /api/v1/channels", key(Scope.READ)).expectStatus().isAccepted();
	}

	@Test
	void acceptsAnOperatorsTokenWithItsTenantAndScopes() throws Exception {
		upstreams.received.clear();
		String token = jwt(signingKey, "https://login.example.test", "aigc-factory", Instant.now().plusSeconds(300),
				"read");
		call("GET /api/v1/insights", "Bearer " + token).expectStatus().isAccepted();
		assertThat(upstreams.received).containsExactly("feedback GET /api/v1/insights ops signed ");
		call("POST /api/v1/requirements", "Bearer " + token).expectStatus().isForbidden();
	}

	@Test
	void refusesForgedExpiredAndMisaddressedTokens() throws Exception {
		Instant later = Instant.now().plusSeconds(300);
		String forged = jwt(rsaKey(), "https://login.example.test", "aigc-factory", later, "read");
		String expired = jwt(signingKey, "https://login.example.test", "aigc-factory", Instant.now().minusSeconds(600),
				"read");
		String otherAudience = jwt(signingKey, "https://login.example.test", "another-api", later, "read");
		String otherIssuer = jwt(signingKey, "https://evil.example.test", "aigc-factory", later, "read");
		for (String token : List.of(forged, expired, otherAudience, otherIssuer, "not.a.jwt")) {
			call("GET /api/v1/insights", "Bearer " + token).expectStatus().isUnauthorized();
		}
	}

	@Test
	void issuesRotatesAndRevokesKeysShowingEachOnce() {
		String admin = key(Scope.ADMIN);
		Map<?, ?> first = this.client.post()
			.uri("/api/v1/admin/keys")
			.header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"tenant\":\"acme\",\"name\":\"shop\",\"scopes\":[\"submit\",\"read\"]}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String firstKey = (String) first.get("key");
		assertThat(firstKey).startsWith("aigc_acme_").hasSizeGreaterThan(50);
		Map<?, ?> second = this.client.post()
			.uri("/api/v1/admin/keys/" + first.get("id") + "/rotate")
			.header("Authorization", admin)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		call("GET /api/v1/channels", "Bearer " + firstKey).expectStatus().isAccepted();
		call("GET /api/v1/channels", "Bearer " + second.get("key")).expectStatus().isAccepted();
		this.client.post()
			.uri("/api/v1/admin/keys/" + first.get("id") + "/rotate")
			.header("Authorization", admin)
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		String listed = this.client.get()
			.uri("/api/v1/admin/keys?tenant=acme")
			.header("Authorization", admin)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(listed).contains(first.get("id").toString()).doesNotContain(firstKey);
		this.client.delete()
			.uri("/api/v1/admin/keys/" + first.get("id"))
			.header("Authorization", admin)
			.exchange()
			.expectStatus()
			.isNoContent();
		call("GET /api/v1/channels", "Bearer " + firstKey).expectStatus().isUnauthorized();
		call("GET /api/v1/channels", "Bearer " + second.get("key")).expectStatus().isAccepted();
	}

	@Test
	void namesEachBadFieldOfAKeyRequest() {
		this.client.post()
			.uri("/api/v1/admin/keys")
			.header("Authorization", key(Scope.ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"tenant\":\"ACME!\",\"name\":\"shop\",\"scopes\":[\"read\",\"everything\"],\"x\":1}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("x", "tenant", "scopes[1]"));
	}

	private String key(Scope scope) {
		return "Bearer " + this.keys.issue("acme", "k-" + UUID.randomUUID(), EnumSet.of(scope)).secret();
	}

	private WebTestClient.ResponseSpec call(String operation, String authorization) {
		String[] parts = operation.split(" ", 2);
		WebTestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(parts[0])).uri(parts[1]);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return request.exchange();
	}

	private static String jwt(RSAKey key, String issuer, String audience, Instant expiresAt, String scope)
			throws JOSEException {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer)
			.audience(audience)
			.subject("operator-1")
			.issueTime(Date.from(Instant.now().minusSeconds(900)))
			.expirationTime(Date.from(expiresAt))
			.claim("scope", scope)
			.claim("tenant", "ops")
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static RSAKey rsaKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("k1").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer jwks(RSAKey key) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
