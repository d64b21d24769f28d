package io.aigcfactory.inspection;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features of the inspection service only use each other's public API, without
 * cycles.
 */
class ModularityTests {

	@Test
	void verifiesModuleBoundaries() {
		ApplicationModules.of(InspectionApplication.class).verify();
	}

}
