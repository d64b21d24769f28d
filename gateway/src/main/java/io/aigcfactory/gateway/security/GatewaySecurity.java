package io.aigcfactory.gateway.security;

import java.util.List;

import io.aigcfactory.gateway.keys.KeyAuthentication;
import io.aigcfactory.gateway.keys.KeyIssuance;
import io.aigcfactory.gateway.keys.Scope;
import io.aigcfactory.gateway.web.GatewayProblems;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every API call needs a credential: an API key or, when an issuer is configured, an
 * operator's JWT, both as {@code Authorization: Bearer}. Each route needs a scope; only
 * health, the OpenAPI document and the dashboard's static files are open (the dashboard
 * calls the API with the credential its operator pastes).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

	@Bean
	SecurityWebFilterChain gatewaySecurityChain(ServerHttpSecurity http, KeyIssuance issuance,
			SecuritySettings settings) {
		ReactiveAuthenticationManagerResolver<ServerWebExchange> managers = managers(new KeyAuthentication(issuance),
				jwtManager(settings.jwt()));
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/openapi.yaml", "/v3/api-docs")
				.permitAll()
				.pathMatchers(HttpMethod.GET, "/", "/dashboard", "/dashboard/**", "/webjars/**")
				.permitAll()
				.pathMatchers("/actuator/**", "/api/v1/admin/**", "/api/v1/dead-letters", "/api/v1/dead-letters/**",
						"/api/v1/queues")
				.hasAuthority(Scope.ADMIN.authority())
				.pathMatchers(HttpMethod.POST, "/api/v1/feedback")
				.hasAuthority(Scope.FEEDBACK.authority())
				.pathMatchers("/api/v1/reviews", "/api/v1/reviews/**")
				.hasAuthority(Scope.REVIEW.authority())
				.pathMatchers(HttpMethod.POST, "/api/v1/verifications")
				.hasAuthority(Scope.READ.authority())
				.pathMatchers(HttpMethod.GET, "/api/**")
				.hasAuthority(Scope.READ.authority())
				.pathMatchers(HttpMethod.HEAD, "/api/**")
				.hasAuthority(Scope.READ.authority())
				.pathMatchers("/api/v1/requirements", "/api/v1/requirements/**", "/api/v1/media", "/api/v1/media/**",
						"/api/v1/brands", "/api/v1/brands/**", "/api/v1/inspections/text",
						"/api/v1/inspections/text:batch")
				.hasAuthority(Scope.SUBMIT.authority())
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationManagerResolver(managers)
				.authenticationEntryPoint(unauthenticated())
				.accessDeniedHandler(forbidden()))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(unauthenticated()).accessDeniedHandler(forbidden()))
			.build();
	}

	/** API keys by their prefix; anything else is a JWT. */
	private static ReactiveAuthenticationManagerResolver<ServerWebExchange> managers(ReactiveAuthenticationManager keys,
			ReactiveAuthenticationManager jwts) {
		return (exchange) -> {
			String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			boolean key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
					&& KeyIssuance.isKey(header.substring(7).trim());
			return Mono.just(key ? keys : jwts);
		};
	}

	private static ReactiveAuthenticationManager jwtManager(SecuritySettings.Jwt jwt) {
		if (!jwt.enabled()) {
			return (authentication) -> Mono.error(new OAuth2AuthenticationException(
					new OAuth2Error("invalid_token", "Not an API key, and no JWT issuer is configured", null)));
		}
		NimbusReactiveJwtDecoder decoder = (jwt.jwkSetUri() != null)
				? NimbusReactiveJwtDecoder.withJwkSetUri(jwt.jwkSetUri().toString()).build()
				: (NimbusReactiveJwtDecoder) ReactiveJwtDecoders.fromIssuerLocation(jwt.issuer());
		decoder
			.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(jwt.issuer()),
					new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
							(audience) -> audience != null && audience.contains(jwt.audience()))));
		return new JwtReactiveAuthenticationManager(decoder);
	}

	private static ServerAuthenticationEntryPoint unauthenticated() {
		return (exchange, ex) -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return GatewayProblems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, "unauthenticated",
					"Unauthenticated", "A valid API key or access token is needed (Authorization: Bearer …)");
		};
	}

	private static ServerAccessDeniedHandler forbidden() {
		return (exchange, ex) -> GatewayProblems.write(exchange.getResponse(), HttpStatus.FORBIDDEN, "forbidden",
				"Forbidden", "The credential lacks the scope this operation needs");
	}

}
