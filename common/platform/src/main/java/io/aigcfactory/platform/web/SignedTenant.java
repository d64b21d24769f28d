package io.aigcfactory.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import io.aigcfactory.events.tenancy.TenantAssertion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an API request in only when it carries the gateway's signed assertion of its
 * tenant ({@link TenantAssertion}); anything else is answered {@code 401} before a
 * controller reads {@link TenantHeader}. A caller that reaches a service without the
 * gateway can neither pick a tenant nor call the API at all.
 */
class SignedTenant extends OncePerRequestFilter {

	private final TenantAssertion assertion;

	private final Clock clock;

	SignedTenant(TenantAssertion assertion, Clock clock) {
		this.assertion = assertion;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.assertion.verify(request.getHeader(TenantAssertion.TENANT_HEADER),
				request.getHeader(TenantAssertion.REQUEST_ID_HEADER),
				request.getHeader(TenantAssertion.ASSERTION_HEADER), this.clock.instant())) {
			chain.doFilter(request, response);
			return;
		}
		// Filters run before the dispatcher's exception handling: answer here.
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonMapper.shared()
			.writeValue(response.getOutputStream(), Map.of("type", Problems.TYPE_PREFIX + "unauthenticated", "title",
					"Unauthenticated", "status", 401, "detail", "Only requests through the gateway are served"));
	}

}
