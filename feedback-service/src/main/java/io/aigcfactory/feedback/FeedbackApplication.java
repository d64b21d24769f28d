package io.aigcfactory.feedback;

import io.aigcfactory.platform.boot.ServiceLauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The feedback service as its own Spring Boot application, configured by
 * {@code feedback-service.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FeedbackApplication {

	/** The name the service runs under, and the name of its configuration file. */
	public static final String NAME = "feedback-service";

	public static void main(String[] args) {
		ServiceLauncher.run(FeedbackApplication.class, NAME, args);
	}

}
