package io.aigcfactory.test;

import java.util.UUID;

import org.testcontainers.containers.GenericContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Redis for integration tests: the server on localhost where one runs, else a
 * Testcontainers one where Docker runs. Each test context gets its own key prefix.
 */
public final class LocalRedis {

	private static final String HOST = System.getenv().getOrDefault("AIGC_TEST_REDIS_HOST", "127.0.0.1");

	private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("AIGC_TEST_REDIS_PORT", "6379"));

	private static volatile String uri;

	private LocalRedis() {
	}

	/** Points the context's key-value cache at Redis. */
	public static void register(DynamicPropertyRegistry registry) {
		String redis = uri();
		registry.add("aigc.cache.store", () -> "redis");
		registry.add("aigc.cache.redis-uri", () -> redis);
		registry.add("aigc.cache.key-prefix", () -> "it:" + UUID.randomUUID() + ":");
	}

	public static synchronized String uri() {
		if (uri == null) {
			uri = locate();
		}
		return uri;
	}

	@SuppressWarnings("resource")
	private static String locate() {
		if (Reachability.listening(HOST, PORT)) {
			return "redis://" + HOST + ":" + PORT;
		}
		if (Reachability.dockerAvailable()) {
			GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
			container.start();
			return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
		}
		throw new IllegalStateException("Integration tests need Redis: none listens on " + HOST + ":" + PORT
				+ " and no Docker engine runs for Testcontainers. Start the local server "
				+ "(see README, 'Running the tests').");
	}

}
