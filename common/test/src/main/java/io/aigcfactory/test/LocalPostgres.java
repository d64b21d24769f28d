package io.aigcfactory.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for integration tests: the server on localhost where one runs (as on
 * the build machines), else a Testcontainers one where Docker runs. Each test context
 * gets a fresh schema of its own, so tests never see each other's rows.
 */
public final class LocalPostgres {

	private static final String HOST = System.getenv().getOrDefault("AIGC_TEST_PG_HOST", "127.0.0.1");

	private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("AIGC_TEST_PG_PORT", "5432"));

	private static final String DATABASE = System.getenv().getOrDefault("AIGC_TEST_PG_DATABASE", "test");

	private static final String USER = System.getenv().getOrDefault("AIGC_TEST_PG_USER", "postgres");

	private static volatile Server server;

	private static final List<String> cleaned = new ArrayList<>();

	private LocalPostgres() {
	}

	/**
	 * Points the data source and Flyway of the context under test at a new schema.
	 * @param registry the test's dynamic properties
	 * @param owner a short name for the owner of the schema, such as the service
	 * @return the schema's name
	 */
	public static String register(DynamicPropertyRegistry registry, String owner) {
		Server pg = server();
		String prefix = "it_" + owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
		dropLeftovers(pg, prefix);
		String schema = prefix + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		execute(pg, "create schema " + schema);
		registry.add("spring.datasource.url", () -> pg.url() + "?currentSchema=" + schema);
		registry.add("spring.datasource.username", pg::user);
		registry.add("spring.datasource.password", pg::password);
		registry.add("spring.flyway.schemas", () -> schema);
		registry.add("spring.flyway.default-schema", () -> schema);
		return schema;
	}

	/** Runs a statement with its own connection, for fixtures and assertions. */
	public static void execute(String sql) {
		execute(server(), sql);
	}

	/**
	 * Schemas of this owner older than this are leftovers of runs that died; younger ones
	 * may belong to a test JVM running beside this one, and are left alone.
	 */
	private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

	private static synchronized void dropLeftovers(Server pg, String prefix) {
		if (cleaned.contains(prefix)) {
			return;
		}
		cleaned.add(prefix);
		try (Connection connection = pg.connect();
				Statement statement = connection.createStatement();
				ResultSet schemas = statement.executeQuery(
						"select nspname from pg_namespace where nspname like '" + prefix.replace("_", "\\_") + "%'")) {
			List<String> leftovers = new ArrayList<>();
			long before = Instant.now().minus(LEFTOVER_AGE).getEpochSecond();
			while (schemas.next()) {
				String name = schemas.getString(1);
				if (createdAt(name.substring(prefix.length())) < before) {
					leftovers.add(name);
				}
			}
			for (String leftover : leftovers) {
				execute(pg, "drop schema if exists " + leftover + " cascade");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot list schemas in PostgreSQL at " + pg.url(), ex);
		}
	}

	/**
	 * When a schema named {@code <prefix><epoch seconds>_<random>} was created; 0 for
	 * older names without the time, which are leftovers too.
	 */
	private static long createdAt(String suffix) {
		int end = suffix.indexOf('_');
		try {
			return (end > 0) ? Long.parseLong(suffix.substring(0, end)) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static void execute(Server pg, String sql) {
		try (Connection connection = pg.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + pg.url() + " refused: " + sql, ex);
		}
	}

	private static synchronized Server server() {
		if (server == null) {
			server = locate();
		}
		return server;
	}

	private static Server locate() {
		if (Reachability.listening(HOST, PORT)) {
			return new Server("jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE, USER, "");
		}
		if (Reachability.dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
			container.start();
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		throw new IllegalStateException("Integration tests need PostgreSQL: none listens on " + HOST + ":" + PORT
				+ " and no Docker engine runs for Testcontainers. Start the local server "
				+ "(see README, 'Running the tests').");
	}

	private record Server(String url, String user, String password) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

}
