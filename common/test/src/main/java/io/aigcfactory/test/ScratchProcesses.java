package io.aigcfactory.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the scratch servers share: running a command to its end, as another user where the
 * server refuses root, finding a free port, and removing a data directory.
 */
final class ScratchProcesses {

	private ScratchProcesses() {
	}

	static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** The command, run as {@code user} when this JVM runs as root. */
	static List<String> as(String user, String... command) {
		List<String> line = new ArrayList<>();
		if (root()) {
			line.addAll(List.of("runuser", "-u", user, "--"));
		}
		line.addAll(List.of(command));
		return line;
	}

	/** Runs a command to its end, its output in {@code log}; fails unless it exits 0. */
	static void run(List<String> command, Path log, Duration timeout) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
						+ Files.readString(log, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted running " + command, ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until something accepts connections on the loopback port. */
	static void awaitListening(int port, Duration timeout, String what) {
		Instant deadline = Instant.now().plus(timeout);
		while (!Reachability.listening("127.0.0.1", port)) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(what + " did not listen on 127.0.0.1:" + port + " within " + timeout);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted waiting for " + what, ex);
			}
		}
	}

	static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// A scratch directory under the temporary directory: left for the system.
		}
	}

}
