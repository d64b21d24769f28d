package io.aigcfactory.gateway.limits;

import java.util.List;

import io.aigcfactory.gateway.security.Callers;
import io.aigcfactory.gateway.web.GatewayProblems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The per-request limits, after authentication: the request rate of the credential
 * ({@code 429} with {@code Retry-After}), the declared body size ({@code 413}), and
 * {@code Cache-Control: private} with {@code Vary: Authorization} on every API answer, so
 * that no shared cache hands one tenant's data to another.
 */
class LimitFilters implements WebFilter {

	private final RateLimits rateLimits;

	private final long maxRequestBody;

	LimitFilters(RateLimits rateLimits, long maxRequestBody) {
		this.rateLimits = rateLimits;
		this.maxRequestBody = maxRequestBody;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		if (exchange.getRequest().getHeaders().getContentLength() > this.maxRequestBody) {
			return GatewayProblems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Payload too large", "The request body is larger than " + this.maxRequestBody + " bytes");
		}
		keepPrivate(exchange);
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.flatMap((authentication) -> Mono.justOrEmpty(Callers.limitKey(authentication)))
			.flatMap(this.rateLimits::take)
			.defaultIfEmpty(RateLimits.Decision.allow())
			.flatMap((decision) -> {
				if (decision.allowed()) {
					return chain.filter(exchange);
				}
				long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
				exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
				return GatewayProblems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
						"Too many requests", "This credential's request rate is used up; retry in " + seconds + " s");
			});
	}

	private static void keepPrivate(ServerWebExchange exchange) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			String current = headers.getCacheControl();
			String value = (current == null || current.isBlank()) ? "private, no-cache"
					: current.replace("public", "private");
			headers.setCacheControl(value.contains("private") ? value : "private, " + value);
			List<String> vary = headers.getVary();
			if (!vary.contains(HttpHeaders.AUTHORIZATION)) {
				headers.add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
			}
			return Mono.empty();
		});
	}

}
