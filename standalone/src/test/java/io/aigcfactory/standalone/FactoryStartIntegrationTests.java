package io.aigcfactory.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's {@code ./factory serve}, as a user runs it, on the jar this build made:
 * the first start records the JVM's ahead-of-time cache with a training run and serves;
 * the second serves from that cache, with {@code -XX:AOTMode=on} (through
 * {@code JDK_JAVA_OPTIONS}) making the JVM refuse to start if it cannot use it.
 */
class FactoryStartIntegrationTests {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	private static final Path CACHE = ROOT.resolve("standalone/target/app/standalone.aot");

	@TempDir
	Path root;

	private @Nullable Process process;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void firstStartRecordsTheCacheAndTheNextStartsFromIt() throws Exception {
		assumeThat(Runtime.version().feature()).as("the AOT cache needs JDK 25").isGreaterThanOrEqualTo(25);
		assertThat(ROOT.resolve("standalone/target/standalone.jar")).as("the jar this build made").isRegularFile();

		serveUntilHealthy("first", Map.of(), Duration.ofMinutes(5));
		assertThat(CACHE).isRegularFile();
		assertThat(Files.size(CACHE)).isGreaterThan(10_000_000L);
		FileTime recorded = Files.getLastModifiedTime(CACHE);
		stopGently();

		serveUntilHealthy("second", Map.of("JDK_JAVA_OPTIONS", "-XX:AOTMode=on"), Duration.ofMinutes(2));
		assertThat(Files.getLastModifiedTime(CACHE)).as("not recorded again").isEqualTo(recorded);
		assertThat(this.root.resolve("second.console")).content().doesNotContain("Recording the start-up cache");
		stopGently();
	}

	private void serveUntilHealthy(String name, Map<String, String> environment, Duration limit) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("factory").toString(), "serve", "--port=" + port,
				"--data=" + this.root.resolve(name + "-data"), "--out=" + this.root.resolve(name + "-out"))
			.directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.root.resolve(name + ".console").toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(environment);
		Process started = builder.start();
		this.process = started;
		Path console = this.root.resolve(name + ".console");
		await().atMost(limit).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(started.isAlive()).as("./factory serve exited: %s", Files.readString(console)).isTrue();
			try {
				return http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	private void stopGently() throws InterruptedException {
		Process running = this.process;
		assertThat(running).isNotNull();
		running.destroy();
		assertThat(running.waitFor(2, TimeUnit.MINUTES)).as("stopped within two minutes").isTrue();
	}

}
