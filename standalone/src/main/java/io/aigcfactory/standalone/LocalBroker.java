package io.aigcfactory.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) running in this JVM,
 * with its log in a directory of its own. The directory is formatted once, with a fixed
 * cluster id and node id, and reused as it is on every later start: committed offsets and
 * records not yet consumed survive a restart, a crash included.
 */
final class LocalBroker implements AutoCloseable {

	/**
	 * The same cluster id on every start, so that the formatted log is accepted again.
	 */
	static final String CLUSTER_ID = "QUlHQ0ZhY3RvcnlTdGFuZA";

	private static final int NODE_ID = 1;

	private static final String CONTROLLER = "CONTROLLER";

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

	private static final Logger logger = LoggerFactory.getLogger(LocalBroker.class);

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private LocalBroker(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Formats {@code logDirectory} unless it already holds a log, then starts the broker
	 * on it, on free loopback ports, and waits until it answers.
	 * @param logDirectory the broker's log and metadata directory
	 * @param partitions partitions of topics created without an explicit count
	 */
	static LocalBroker start(Path logDirectory, int partitions) {
		return start(logDirectory, partitions, freePort());
	}

	/**
	 * Like {@link #start(Path, int)}, on a given broker port, so that clients that knew
	 * an earlier broker on the same log find this one at the same address.
	 * @param logDirectory the broker's log and metadata directory
	 * @param partitions partitions of topics created without an explicit count
	 * @param brokerPort the loopback port clients connect to
	 */
	static LocalBroker start(Path logDirectory, int partitions, int brokerPort) {
		int controllerPort = freePort();
		String log = logDirectory.toAbsolutePath().toString();
		Map<String, Object> properties = new HashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", String.valueOf(NODE_ID));
		properties.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
		properties.put("listeners",
				"PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
		properties.put("controller.listener.names", CONTROLLER);
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
		properties.put("log.dirs", log);
		properties.put("num.partitions", String.valueOf(partitions));
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("offsets.topic.num.partitions", "10");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("group.initial.rebalance.delay.ms", "0");
		KafkaConfig config = new KafkaConfig(properties, false);
		format(logDirectory, log);
		KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
		server.startup();
		LocalBroker broker = new LocalBroker(server, "127.0.0.1:" + brokerPort);
		try {
			broker.awaitReady();
		}
		catch (RuntimeException ex) {
			broker.close();
			throw ex;
		}
		logger.info("Kafka (KRaft, in-process) listens on {} with its log in {}", broker.bootstrapServers, log);
		return broker;
	}

	private static void format(Path logDirectory, String log) {
		try {
			Files.createDirectories(logDirectory);
			new Formatter().setNodeId(NODE_ID)
				.setClusterId(CLUSTER_ID)
				.setDirectories(List.of(log))
				.setMetadataLogDirectory(log)
				.setControllerListenerName(CONTROLLER)
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				// A log from an earlier run is kept as it is: that is the point.
				.setIgnoreFormatted(true)
				.setPrintStream(System.out)
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot format the Kafka log in " + log, ex);
		}
	}

	private void awaitReady() {
		Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		try (Admin client = Admin.create(admin)) {
			client.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not come up within " + READY_TIMEOUT, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while Kafka was starting", ex);
		}
	}

	private static int freePort() {
		return FreePorts.next("Kafka");
	}

	/** The broker's bootstrap servers. */
	String bootstrapServers() {
		return this.bootstrapServers;
	}

	/** Shuts the broker down cleanly, so that the next start skips log recovery. */
	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
