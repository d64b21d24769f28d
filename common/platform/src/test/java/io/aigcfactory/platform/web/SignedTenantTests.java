package io.aigcfactory.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.aigcfactory.events.tenancy.TenantAssertion;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SignedTenantTests {

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	final TenantAssertion assertion = new TenantAssertion("a-secret-of-at-least-thirty-two-bytes!",
			Duration.ofMinutes(5));

	final SignedTenant filter = new SignedTenant(this.assertion, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void passesASignedRequest() throws Exception {
		MockHttpServletRequest request = apiRequest("acme");
		request.addHeader(TenantAssertion.ASSERTION_HEADER, this.assertion.sign("acme", "r-1", NOW));
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isSameAs(request);
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void answersAnUnsignedRequestWith401AndNeverCallsTheController() throws Exception {
		assertUnauthenticated(apiRequest("acme"));
	}

	@Test
	void answersATenantSwappedUnderAnotherTenantsSignatureWith401() throws Exception {
		MockHttpServletRequest request = apiRequest("globex");
		request.addHeader(TenantAssertion.ASSERTION_HEADER, this.assertion.sign("acme", "r-1", NOW));
		assertUnauthenticated(request);
	}

	@Test
	void answersAForgedSignatureWith401() throws Exception {
		MockHttpServletRequest request = apiRequest("acme");
		request.addHeader(TenantAssertion.ASSERTION_HEADER,
				new TenantAssertion("another-secret-of-at-least-thirty-two-bytes", Duration.ofMinutes(5)).sign("acme",
						"r-1", NOW));
		assertUnauthenticated(request);
	}

	@Test
	void leavesPathsOutsideTheApiAlone() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	private void assertUnauthenticated(MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("https://aigc-factory.dev/problems/unauthenticated");
	}

	private static MockHttpServletRequest apiRequest(String tenant) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/assets/x");
		request.addHeader(TenantAssertion.TENANT_HEADER, tenant);
		request.addHeader(TenantAssertion.REQUEST_ID_HEADER, "r-1");
		return request;
	}

}
