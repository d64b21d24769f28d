package io.aigcfactory.creative;

import io.aigcfactory.platform.boot.ServiceLauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The creative service as its own Spring Boot application, configured by
 * {@code creative-service.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CreativeApplication {

	/** The name the service runs under, and the name of its configuration file. */
	public static final String NAME = "creative-service";

	public static void main(String[] args) {
		ServiceLauncher.run(CreativeApplication.class, NAME, args);
	}

}
