package io.aigcfactory.gateway.keys;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates a bearer token that is one of our API keys: the live key it hashes to,
 * with its tenant and scopes. Unknown and revoked keys are refused alike.
 */
public class KeyAuthentication implements ReactiveAuthenticationManager {

	private final KeyIssuance issuance;

	public KeyAuthentication(KeyIssuance issuance) {
		this.issuance = issuance;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		String token = ((BearerTokenAuthenticationToken) authentication).getToken();
		return Mono.fromCallable(() -> this.issuance.authenticate(token))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((key) -> key.map((found) -> Mono.<Authentication>just(new KeyAuthenticated(found)))
				.orElseGet(() -> Mono.error(new OAuth2AuthenticationException(
						new OAuth2Error("invalid_token", "Unknown or revoked API key", null)))));
	}

	/** A request authenticated by an API key. */
	public static final class KeyAuthenticated extends AbstractAuthenticationToken {

		private final ApiKey key;

		KeyAuthenticated(ApiKey key) {
			super(authorities(key));
			this.key = key;
			setAuthenticated(true);
		}

		private static Collection<GrantedAuthority> authorities(ApiKey key) {
			return List
				.copyOf(key.scopes().stream().map((scope) -> new SimpleGrantedAuthority(scope.authority())).toList());
		}

		/** The key, and through it the tenant. */
		public ApiKey key() {
			return this.key;
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.key.id();
		}

		@Override
		public String getName() {
			return "key:" + this.key.id();
		}

	}

}
