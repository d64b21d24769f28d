package io.aigcfactory.inspection;

import io.aigcfactory.platform.boot.ServiceLauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The inspection service as its own Spring Boot application, configured by
 * {@code inspection-service.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionApplication {

	/** The name the service runs under, and the name of its configuration file. */
	public static final String NAME = "inspection-service";

	public static void main(String[] args) {
		ServiceLauncher.run(InspectionApplication.class, NAME, args);
	}

}
