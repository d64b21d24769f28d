package io.aigcfactory.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The gateway as its own Spring Boot application, configured by {@code gateway.yml}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

	/** The name the gateway runs under, and the name of its configuration file. */
	public static final String NAME = "gateway";

	public static void main(String[] args) {
		builder().run(args);
	}

	/** The gateway's application, named so that it reads {@code gateway.yml}. */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(GatewayApplication.class).properties("spring.config.name=" + NAME,
				"spring.application.name=" + NAME);
	}

}
