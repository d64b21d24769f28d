package io.aigcfactory.production;

import io.aigcfactory.platform.boot.ServiceLauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The production service as its own Spring Boot application, configured by
 * {@code production-service.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProductionApplication {

	/** The name the service runs under, and the name of its configuration file. */
	public static final String NAME = "production-service";

	public static void main(String[] args) {
		ServiceLauncher.run(ProductionApplication.class, NAME, args);
	}

}
