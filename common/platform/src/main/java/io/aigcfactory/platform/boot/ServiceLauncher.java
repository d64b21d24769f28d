package io.aigcfactory.platform.boot;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service under its own name: its configuration file is {@code <name>.yml}
 * rather than {@code application.yml}, so that several services can share one classpath
 * (the standalone mode runs them all in one JVM) without reading each other's settings.
 */
public final class ServiceLauncher {

	private ServiceLauncher() {
	}

	public static SpringApplicationBuilder builder(Class<?> application, String name) {
		return new SpringApplicationBuilder(application).properties("spring.config.name=" + name,
				"spring.application.name=" + name);
	}

	public static ConfigurableApplicationContext run(Class<?> application, String name, String... args) {
		return builder(application, name).run(args);
	}

}
