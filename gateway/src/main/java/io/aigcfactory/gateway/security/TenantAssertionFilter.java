package io.aigcfactory.gateway.security;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.aigcfactory.events.tenancy.TenantAssertion;
import io.aigcfactory.gateway.web.GatewayProblems;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Replaces whatever tenant headers a caller sent with the tenant of its credential,
 * signed for the services ({@link TenantAssertion}) under a fresh request id. A
 * credential without a usable tenant reaches no service.
 */
class TenantAssertionFilter implements GlobalFilter, Ordered {

	private static final Pattern TENANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private final TenantAssertion assertion;

	private final String tenantClaim;

	private final Clock clock;

	TenantAssertionFilter(TenantAssertion assertion, String tenantClaim, Clock clock) {
		this.assertion = assertion;
		this.tenantClaim = tenantClaim;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.map((authentication) -> Callers.tenant(authentication, this.tenantClaim))
			.defaultIfEmpty(Optional.empty())
			.flatMap((tenant) -> tenant.filter((id) -> TENANT.matcher(id).matches())
				.map((id) -> chain.filter(exchange.mutate().request(signed(exchange.getRequest(), id)).build()))
				.orElseGet(() -> GatewayProblems.write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden",
						"Forbidden", "The credential names no valid tenant")));
	}

	private ServerHttpRequest signed(ServerHttpRequest request, String tenant) {
		String requestId = UUID.randomUUID().toString();
		String signature = this.assertion.sign(tenant, requestId, this.clock.instant());
		return request.mutate().headers((headers) -> {
			headers.set(TenantAssertion.TENANT_HEADER, tenant);
			headers.set(TenantAssertion.REQUEST_ID_HEADER, requestId);
			headers.set(TenantAssertion.ASSERTION_HEADER, signature);
		}).build();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

}
