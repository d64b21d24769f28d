package io.aigcfactory.gateway.security;

import java.util.Optional;

import io.aigcfactory.gateway.keys.KeyAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** What the gateway knows of an authenticated caller. */
public final class Callers {

	private Callers() {
	}

	/**
	 * The tenant a credential acts for: an API key's own, or the tenant claim of an
	 * operator's token.
	 */
	public static Optional<String> tenant(@Nullable Authentication authentication, String tenantClaim) {
		if (authentication instanceof KeyAuthentication.KeyAuthenticated key) {
			return Optional.of(key.key().tenant());
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return Optional.ofNullable(jwt.getToken().getClaimAsString(tenantClaim));
		}
		return Optional.empty();
	}

	/** What limits are counted against: the key, or the operator. */
	public static Optional<String> limitKey(@Nullable Authentication authentication) {
		if (authentication instanceof KeyAuthentication.KeyAuthenticated key) {
			return Optional.of("key:" + key.key().id());
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return Optional.of("jwt:" + jwt.getToken().getIssuer() + ":" + jwt.getName());
		}
		return Optional.empty();
	}

}
