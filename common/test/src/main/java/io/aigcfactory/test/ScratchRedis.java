package io.aigcfactory.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A Redis server of a test's own, from the Debian package's {@code redis-server}: on a
 * free loopback port, with every write appended and synced to a file in a temporary
 * directory, so that it can be stopped and started again without losing its data.
 */
public final class ScratchRedis implements AutoCloseable {

	private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/redis-server"),
			Path.of("/usr/local/bin/redis-server"));

	private final Path binary;

	private final Path home;

	private final int port;

	private @Nullable Process process;

	private ScratchRedis(Path binary, Path home, int port) {
		this.binary = binary;
		this.home = home;
		this.port = port;
	}

	/** The {@code redis-server} binary, if one is installed. */
	public static Optional<Path> binary() {
		return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
	}

	/** Starts a server; the caller closes it. */
	public static ScratchRedis start() {
		Path binary = binary().orElseThrow(() -> new IllegalStateException("No redis-server in " + CANDIDATES));
		try {
			ScratchRedis redis = new ScratchRedis(binary, Files.createTempDirectory("scratch-redis"),
					ScratchProcesses.freePort());
			redis.startServer();
			return redis;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the server on its data, waiting until it accepts connections. */
	public synchronized void startServer() {
		try {
			this.process = new ProcessBuilder(this.binary.toString(), "--port", Integer.toString(this.port), "--bind",
					"127.0.0.1", "--dir", this.home.toString(), "--appendonly", "yes", "--appendfsync", "always",
					"--save", "", "--daemonize", "no")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.home.resolve("server.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ScratchProcesses.awaitListening(this.port, Duration.ofSeconds(30), "redis-server");
	}

	/** Stops the server (SIGTERM) and waits for it to exit. */
	public synchronized void stopServer() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		running.destroy();
		try {
			if (!running.waitFor(30, TimeUnit.SECONDS)) {
				running.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running.destroyForcibly();
		}
		this.process = null;
	}

	public int port() {
		return this.port;
	}

	public String uri() {
		return "redis://127.0.0.1:" + this.port;
	}

	@Override
	public void close() {
		stopServer();
		ScratchProcesses.delete(this.home);
	}

}
