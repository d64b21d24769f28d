package io.aigcfactory.gateway.security;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.aigcfactory.events.tenancy.TenantAssertion;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway authenticates callers and vouches for their tenant.
 *
 * @param tenantAssertion the secret shared with the services
 * @param jwt operators' tokens; without an issuer only API keys are accepted
 */
@Validated
@ConfigurationProperties("aigc.gateway.security")
public record SecuritySettings(@NotNull @Valid TenantAssertionSecret tenantAssertion, @NotNull @Valid Jwt jwt) {

	/**
	 * @param secret the secret (at least 32 bytes), the same as the services'
	 * {@code aigc.tenant-assertion.secret}
	 * @param maxSkew how long a signed assertion stays valid
	 */
	public record TenantAssertionSecret(@NotBlank @Size(min = TenantAssertion.MIN_SECRET_BYTES) String secret,
			@DefaultValue("5m") @NotNull Duration maxSkew) {

		@Override
		public String toString() {
			return "TenantAssertionSecret[secret=<hidden>, maxSkew=" + this.maxSkew + "]";
		}

	}

	/**
	 * Operators' OAuth2/OIDC access tokens.
	 *
	 * @param issuer the {@code iss} every token must carry; unset, JWTs are refused
	 * @param audience the {@code aud} every token must include
	 * @param jwkSetUri where the issuer's signing keys are; unset, from the issuer's
	 * discovery document
	 * @param tenantClaim the claim naming the operator's tenant
	 */
	public record Jwt(@Nullable String issuer, @DefaultValue("aigc-factory") @NotBlank String audience,
			@Nullable URI jwkSetUri, @DefaultValue("tenant") @NotBlank String tenantClaim) {

		boolean enabled() {
			return this.issuer != null && !this.issuer.isBlank();
		}

	}

}
