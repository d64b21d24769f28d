package io.aigcfactory.creative;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features of the creative service only use each other's public API, without cycles.
 */
class ModularityTests {

	@Test
	void verifiesModuleBoundaries() {
		ApplicationModules.of(CreativeApplication.class).verify();
	}

}
