package io.aigcfactory.standalone;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transaction the standalone's embedded database has committed survives the process
 * being killed right after: a listener commits its work, then its Kafka offset, and a
 * commit lost after that would be work lost for good. The writer runs in its own JVM,
 * which halts (no shutdown hooks, no close) the moment its last commit returns.
 */
class DatabaseDurabilityTests {

	private static final int ROWS = 50;

	@TempDir
	Path root;

	@Test
	void keepsEveryCommittedRowWhenTheProcessIsKilledAfterTheCommit() throws Exception {
		String url = StandaloneSettings.databaseUrl(this.root.resolve("h2").resolve("durability"));
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("create table committed (id int primary key, payload varchar(200))");
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		// The platform's logging configuration is on the class path: its file goes here
		// too, not into the working directory.
		Process writer = new ProcessBuilder(java.toString(), "-DAIGC_LOG_FILE=" + this.root.resolve("platform.log"),
				"-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url)
			.redirectErrorStream(true)
			.redirectOutput(this.root.resolve("writer.log").toFile())
			.start();
		assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(writer.exitValue()).as("see %s", this.root.resolve("writer.log")).isEqualTo(CommitThenHalt.HALTED);

		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("select count(*) from committed")) {
			assertThat(count.next()).isTrue();
			assertThat(count.getInt(1)).as("rows committed before the kill").isEqualTo(ROWS);
		}
	}

	/** Commits {@link #ROWS} rows one transaction each, then halts the JVM. */
	static final class CommitThenHalt {

		static final int HALTED = 57;

		public static void main(String[] args) throws Exception {
			Connection connection = DriverManager.getConnection(args[0]);
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into committed values (?, ?)")) {
				for (int id = 1; id <= ROWS; id++) {
					insert.setInt(1, id);
					insert.setString(2, "row " + id);
					insert.executeUpdate();
					connection.commit();
				}
			}
			Runtime.getRuntime().halt(HALTED);
		}

	}

}
