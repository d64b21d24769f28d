package io.aigcfactory.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, from the Debian package's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}): a fresh cluster in a temporary directory,
 * trust authentication, on a free loopback port, that the test can stop and start again
 * on the same data. PostgreSQL refuses to run as root, so as root it runs as the
 * {@code postgres} user, which owns the directory.
 */
public final class ScratchPostgres implements AutoCloseable {

	private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final Path bin;

	private final Path home;

	private final int port;

	private ScratchPostgres(Path bin, Path home, int port) {
		this.bin = bin;
		this.home = home;
		this.port = port;
	}

	/**
	 * The directory of the newest installed version's {@code initdb} and {@code pg_ctl},
	 * if there is one.
	 */
	public static Optional<Path> binaries() {
		if (!Files.isDirectory(DEBIAN)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(DEBIAN)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter((bin) -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
				.max(Comparator.comparing((Path bin) -> versionOf(bin)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static int versionOf(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Creates a cluster and starts it; the caller closes it. */
	public static ScratchPostgres start() {
		Path bin = binaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under " + DEBIAN));
		try {
			Path home = Files.createTempDirectory("scratch-postgres");
			if (ScratchProcesses.root()) {
				ScratchProcesses.run(List.of("chown", "postgres:postgres", home.toString()),
						home.resolveSibling(home.getFileName() + ".log"), TIMEOUT);
			}
			ScratchPostgres postgres = new ScratchPostgres(bin, home, ScratchProcesses.freePort());
			postgres.initdb();
			postgres.startServer();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void initdb() {
		ScratchProcesses.run(ScratchProcesses.as("postgres", this.bin.resolve("initdb").toString(), "-D", data(), "-A",
				"trust", "-U", "postgres", "-E", "UTF8", "--no-sync"), log(), TIMEOUT);
	}

	/** Starts the server on its data, waiting until it accepts connections. */
	public void startServer() {
		String options = "-p " + this.port + " -k " + this.home + " -c listen_addresses=127.0.0.1 -c fsync=off";
		ScratchProcesses.run(
				ScratchProcesses.as("postgres", this.bin.resolve("pg_ctl").toString(), "-D", data(), "-l",
						this.home.resolve("server.log").toString(), "-w", "-t", "60", "-o", options, "start"),
				log(), TIMEOUT);
	}

	/**
	 * Stops the server at once, as a crash would ({@code pg_ctl stop -m immediate}): open
	 * connections break, and the next start recovers from the write-ahead log.
	 */
	public void stopServer() {
		ScratchProcesses.run(ScratchProcesses.as("postgres", this.bin.resolve("pg_ctl").toString(), "-D", data(), "-w",
				"-t", "60", "-m", "immediate", "stop"), log(), TIMEOUT);
	}

	public int port() {
		return this.port;
	}

	/** The JDBC URL of the cluster's {@code postgres} database; user {@code postgres}. */
	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	private String data() {
		return this.home.resolve("data").toString();
	}

	private Path log() {
		return this.home.resolveSibling(this.home.getFileName() + ".log");
	}

	@Override
	public void close() {
		try {
			stopServer();
		}
		catch (RuntimeException ex) {
			// Already stopped.
		}
		ScratchProcesses.delete(this.home);
		ScratchProcesses.delete(log());
	}

}
