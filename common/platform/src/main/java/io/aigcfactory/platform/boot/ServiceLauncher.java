package io.aigcfactory.platform.boot;

import javax.imageio.ImageIO;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service under its own name: its configuration file is {@code <name>.yml}
 * rather than {@code application.yml}, so that several services can share one classpath
 * (the standalone mode runs them all in one JVM) without reading each other's settings.
 * <p>
 * Image streams are buffered in memory rather than in cache files: a JDK shutdown hook
 * closes ImageIO's cache files while a stopping service is still encoding the renditions
 * of its last records, which would fail them.
 */
public final class ServiceLauncher {

	static {
		ImageIO.setUseCache(false);
	}

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
