package io.aigcfactory.platform.web;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.aigcfactory.events.tenancy.TenantAssertion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service checks the tenant the gateway asserts.
 *
 * @param secret the secret shared with the gateway (at least 32 bytes;
 * {@code AIGC_TENANT_ASSERTION_SECRET})
 * @param maxSkew how far the signed time may be from the service's clock
 */
@Validated
@ConfigurationProperties("aigc.tenant-assertion")
public record TenantAssertionSettings(@NotBlank @Size(min = TenantAssertion.MIN_SECRET_BYTES) String secret,
		@DefaultValue("5m") @NotNull Duration maxSkew) {

	TenantAssertion assertion() {
		return new TenantAssertion(this.secret, this.maxSkew);
	}

	@Override
	public String toString() {
		return "TenantAssertionSettings[secret=<hidden>, maxSkew=" + this.maxSkew + "]";
	}

}
