package io.aigcfactory.standalone;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The quickstart: {@code serve} keeps the whole platform up on one port; {@code demo}
 * runs the sample catalog through a fresh platform and reports what it made;
 * {@code train} starts the platform on a throwaway data directory and stops it, the run
 * from which {@code ./factory} records the JVM's ahead-of-time cache.
 */
public final class StandaloneApplication {

	private StandaloneApplication() {
	}

	public static void main(String[] args) throws Exception {
		String command = (args.length > 0 && !args[0].startsWith("--")) ? args[0] : "serve";
		Map<String, String> options = options(args);
		switch (command) {
			case "serve" -> serve(options);
			case "demo" -> System.exit(demo(options) ? 0 : 1);
			case "train" -> train(options);
			default -> {
				System.err.println("Usage: standalone [serve|demo|train] [--port=8080] [--data=data] [--out=out] "
						+ "[--catalog=samples/catalog.jsonl] [--timeout=10m] [--aigc.<property>=<value>...]");
				System.exit(2);
			}
		}
	}

	private static void serve(Map<String, String> options) throws InterruptedException {
		StandaloneSettings settings = new StandaloneSettings(Integer.parseInt(options.getOrDefault("port", "8080")),
				Path.of(options.getOrDefault("data", "data")), Path.of(options.getOrDefault("out", "out")),
				Integer.parseInt(options.getOrDefault("partitions", "3")), serviceProperties(options));
		Standalone platform = Standalone.start(settings);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// Waits for the platform's own hook to finish closing it in order.
			platform.close();
			stopped.countDown();
		}));
		System.out.printf("%nThe AIGC content factory is up: http://localhost:%d (Ctrl-C stops it)%n", platform.port());
		System.out.printf("Admin key (also in %s): %s%n", platform.adminKeyFile(), platform.adminKey());
		System.out.printf("API document: http://localhost:%d/openapi.yaml%n", platform.port());
		System.out.printf("Dashboard: http://localhost:%d/dashboard/ (sign in with the admin key)%n", platform.port());
		stopped.await();
	}

	private static boolean demo(Map<String, String> options) throws IOException, InterruptedException {
		Path data = Path.of(options.getOrDefault("data", "data/demo"));
		Path out = Path.of(options.getOrDefault("out", "out"));
		Path catalog = Path.of(options.getOrDefault("catalog", "samples/catalog.jsonl"));
		if (!Files.isRegularFile(catalog)) {
			System.err.println("No catalog at " + catalog.toAbsolutePath());
			return false;
		}
		// A demo starts from nothing: an earlier run's approved copy would count as
		// duplicates.
		deleteRecursively(data);
		deleteRecursively(out);
		System.out.println("Starting the platform: Kafka (KRaft) in-process, 5 services and the gateway...");
		try (Standalone platform = Standalone.start(new StandaloneSettings(
				Integer.parseInt(options.getOrDefault("port", "0")), data, out, 3, serviceProperties(options)))) {
			System.out.printf("Platform up on http://localhost:%d%n", platform.port());
			Demo demo = new Demo(URI.create("http://localhost:" + platform.port()), platform.adminKey(), System.out);
			boolean completed = demo.run(catalog, out,
					Duration.parse("PT" + options.getOrDefault("timeout", "10m").toUpperCase()));
			System.out.println(
					completed ? "\nDone: every product has its approved materials, or waits for a reviewer (see above)."
							: "\nFinished with products short of their approved materials (see above).");
			return completed;
		}
	}

	/**
	 * Starts every service and stops them again, on a data directory made for the run and
	 * deleted after it: the classes a start loads and links, and the methods it runs, are
	 * what a JVM records into its ahead-of-time cache ({@code -XX:AOTCacheOutput}) as the
	 * run exits.
	 */
	private static void train(Map<String, String> options) throws IOException {
		Path root = Files.createTempDirectory("aigc-train");
		try (Standalone platform = Standalone.start(
				new StandaloneSettings(0, root.resolve("data"), root.resolve("out"), 3, serviceProperties(options)))) {
			System.out.printf("The platform came up on port %d; stopping it%n", platform.port());
		}
		finally {
			deleteRecursively(root);
		}
	}

	/**
	 * Options that are platform properties ({@code --aigc.creative.llm.base-url=...}),
	 * passed on to every service.
	 */
	private static Map<String, String> serviceProperties(Map<String, String> options) {
		Map<String, String> properties = new HashMap<>();
		options.forEach((key, value) -> {
			if (key.startsWith("aigc.")) {
				properties.put(key, value);
			}
		});
		return properties;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
