package io.aigcfactory.test.tenancy;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application whose configuration leaves the tenant assertion secret
 * blank the test secret {@link TestTenants#SECRET}, so that the gateway and the services
 * of a test sign and check with the same one. A secret the test sets (the standalone's
 * generated one) is kept.
 */
public class TestTenantSecret implements EnvironmentPostProcessor {

	static final String PROPERTY = "aigc.tenant-assertion.secret";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("testTenantSecret", Map.of(PROPERTY, TestTenants.SECRET)));
		}
	}

}
