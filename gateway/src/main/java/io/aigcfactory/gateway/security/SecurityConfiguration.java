package io.aigcfactory.gateway.security;

import java.time.Clock;

import io.aigcfactory.events.tenancy.TenantAssertion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant assertion the gateway signs for the services. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	TenantAssertionFilter tenantAssertionFilter(SecuritySettings settings) {
		SecuritySettings.TenantAssertionSecret secret = settings.tenantAssertion();
		return new TenantAssertionFilter(new TenantAssertion(secret.secret(), secret.maxSkew()),
				settings.jwt().tenantClaim(), Clock.systemUTC());
	}

}
