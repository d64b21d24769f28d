package io.aigcfactory.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** The gateway's packages only use each other's public API, without cycles. */
class ModularityTests {

	@Test
	void verifiesModuleBoundaries() {
		ApplicationModules.of(GatewayApplication.class).verify();
	}

}
