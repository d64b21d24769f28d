package io.aigcfactory.production;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features of the production service only use each other's public API, without
 * cycles.
 */
class ModularityTests {

	@Test
	void verifiesModuleBoundaries() {
		ApplicationModules.of(ProductionApplication.class).verify();
	}

}
