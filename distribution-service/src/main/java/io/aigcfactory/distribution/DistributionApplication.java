package io.aigcfactory.distribution;

import io.aigcfactory.platform.boot.ServiceLauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The distribution service as its own Spring Boot application, configured by
 * {@code distribution-service.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DistributionApplication {

	/** The name the service runs under, and the name of its configuration file. */
	public static final String NAME = "distribution-service";

	public static void main(String[] args) {
		ServiceLauncher.run(DistributionApplication.class, NAME, args);
	}

}
