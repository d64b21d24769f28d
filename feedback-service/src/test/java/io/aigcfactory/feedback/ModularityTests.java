package io.aigcfactory.feedback;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features of the feedback service only use each other's public API, without cycles.
 */
class ModularityTests {

	@Test
	void verifiesModuleBoundaries() {
		ApplicationModules.of(FeedbackApplication.class).verify();
	}

}
