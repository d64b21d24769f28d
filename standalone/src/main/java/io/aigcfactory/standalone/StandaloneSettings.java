package io.aigcfactory.standalone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the standalone platform runs.
 *
 * @param port the gateway's port, the platform's only public one; 0 picks a free port
 * @param dataDirectory databases, stored files, the vector index, the Kafka log and logs
 * @param outputDirectory where filesystem channels export materials
 * @param partitions partitions per topic
 * @param extraProperties further properties for every service, e.g. more channels
 */
public record StandaloneSettings(int port, Path dataDirectory, Path outputDirectory, int partitions,
		Map<String, String> extraProperties) {

	public StandaloneSettings {
		extraProperties = Map.copyOf(extraProperties);
	}

	/**
	 * These settings with a free port in place of port 0: services need the gateway's
	 * port (for links in webhook payloads) before the gateway starts. It is taken below
	 * the ephemeral range ({@link FreePorts}), where the services starting on port 0
	 * meanwhile cannot take it.
	 */
	StandaloneSettings withResolvedPort() {
		if (this.port != 0) {
			return this;
		}
		return new StandaloneSettings(FreePorts.next("the gateway"), this.dataDirectory, this.outputDirectory,
				this.partitions, this.extraProperties);
	}

	/**
	 * Where the admin key made at first start is written, for scripts and the demo to
	 * read.
	 */
	public Path adminKeyFile() {
		return this.dataDirectory.resolve("admin.key");
	}

	/**
	 * The gateway's properties, in command-line form: its port, its key store and admin
	 * key file, the services' addresses on loopback, and the platform properties.
	 */
	List<String> gatewayArguments(Map<String, Integer> ports, String tenantSecret) {
		Path data = this.dataDirectory.toAbsolutePath();
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + this.port,
				"--spring.datasource.url=" + databaseUrl(data.resolve("h2").resolve("gateway")),
				"--aigc.gateway.keys.admin-key-file=" + adminKeyFile().toAbsolutePath(),
				"--aigc.tenant-assertion.secret=" + tenantSecret, "--spring.main.banner-mode=off",
				"--spring.main.log-startup-info=false"));
		ports.forEach((service, port) -> arguments
			.add("--aigc.gateway.services." + service.replace("-service", "") + "=http://127.0.0.1:" + port));
		this.extraProperties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return arguments;
	}

	/**
	 * The JDBC URL of an embedded H2 database kept in {@code file}.
	 * <ul>
	 * <li>{@code WRITE_DELAY=0}: H2 otherwise writes committed transactions to its file
	 * up to half a second later, so a process killed in that time loses them while Kafka
	 * keeps the offsets committed after them, and the events they handled are never
	 * handled again.</li>
	 * <li>{@code DB_CLOSE_ON_EXIT=FALSE}: each context closes its own database as it
	 * stops, in order; H2's own shutdown hook would close them under the outbox's last
	 * round.</li>
	 * </ul>
	 */
	static String databaseUrl(Path file) {
		return "jdbc:h2:file:" + file.toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
	}

	/** Where the in-process Kafka broker keeps its log. */
	Path kafkaDirectory() {
		return this.dataDirectory.resolve("kafka");
	}

	/**
	 * The properties each service gets, in command-line form, so that they override its
	 * own file.
	 */
	List<String> serviceArguments(String service, String bootstrapServers, String tenantSecret) {
		Path data = this.dataDirectory.toAbsolutePath();
		List<String> arguments = new ArrayList<>(List.of("--spring.kafka.bootstrap-servers=" + bootstrapServers,
				"--spring.datasource.url=" + databaseUrl(data.resolve("h2").resolve(service)), "--server.port=0",
				"--server.address=127.0.0.1", "--aigc.storage.root=" + data.resolve("blobs"),
				"--aigc.messaging.partitions=" + this.partitions,
				"--aigc.inspection.originality.index-directory=" + data.resolve("originality"),
				"--aigc.distribution.export-root=" + this.outputDirectory.toAbsolutePath(),
				"--aigc.distribution.public-base-url=http://localhost:" + this.port,
				"--spring.cloud.gateway.server.webflux.enabled=false", "--spring.main.banner-mode=off",
				"--spring.main.log-startup-info=false", "--aigc.tenant-assertion.secret=" + tenantSecret));
		this.extraProperties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return arguments;
	}

}
