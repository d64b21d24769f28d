package io.aigcfactory.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.aigcfactory.creative.CreativeApplication;
import io.aigcfactory.distribution.DistributionApplication;
import io.aigcfactory.feedback.FeedbackApplication;
import io.aigcfactory.gateway.GatewayApplication;
import io.aigcfactory.inspection.InspectionApplication;
import io.aigcfactory.platform.boot.ServiceLauncher;
import io.aigcfactory.production.ProductionApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every service in one JVM: the same applications, topics and code paths as in a cluster,
 * each in its own Spring context with its own configuration file and database, linked by
 * an in-process KRaft Kafka broker whose log lives under the data directory, behind the
 * gateway on one port. The services listen on loopback only and serve only requests whose
 * tenant the gateway signed, with a secret made for each start. A platform started again
 * on the same data directory resumes the work in flight where it stopped, after a crash
 * too.
 */
public final class Standalone implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Standalone.class);

	/** The services, in the order they start. */
	private static final List<Service> SERVICES = List.of(
			new Service(CreativeApplication.NAME, CreativeApplication.class),
			new Service(ProductionApplication.NAME, ProductionApplication.class),
			new Service(InspectionApplication.NAME, InspectionApplication.class),
			new Service(DistributionApplication.NAME, DistributionApplication.class),
			new Service(FeedbackApplication.NAME, FeedbackApplication.class));

	private final LocalBroker broker;

	private final List<ConfigurableApplicationContext> contexts;

	private final int port;

	private final Path adminKeyFile;

	/** Closes the platform in order when the JVM stops (SIGTERM, Ctrl-C). */
	private final Thread shutdownHook = new Thread(this::close, "standalone-shutdown");

	private boolean closed;

	private Standalone(LocalBroker broker, List<ConfigurableApplicationContext> contexts, int port, Path adminKeyFile) {
		this.broker = broker;
		this.contexts = contexts;
		this.port = port;
		this.adminKeyFile = adminKeyFile;
	}

	/** Starts the broker, the five services and the gateway. */
	public static Standalone start(StandaloneSettings requested) {
		StandaloneSettings settings = requested.withResolvedPort();
		LocalBroker broker = LocalBroker.start(settings.kafkaDirectory(), settings.partitions());
		String brokers = broker.bootstrapServers();
		// The gateway signs each request's tenant with it and the services check it; a
		// new one per start, never written down.
		String tenantSecret = newSecret();
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			Map<String, Integer> ports = new TreeMap<>();
			for (Service service : SERVICES) {
				// Closed by this class in order, broker last; Boot's own hooks would
				// close
				// them all at once, and the broker under a service still draining.
				ConfigurableApplicationContext context = ServiceLauncher.builder(service.application(), service.name())
					.registerShutdownHook(false)
					.run(settings.serviceArguments(service.name(), brokers, tenantSecret).toArray(String[]::new));
				contexts.add(context);
				ports.put(service.name(), ((WebServerApplicationContext) context).getWebServer().getPort());
				logger.info("{} is up on 127.0.0.1:{}", service.name(), ports.get(service.name()));
			}
			ConfigurableApplicationContext gateway = GatewayApplication.builder()
				.registerShutdownHook(false)
				.run(settings.gatewayArguments(ports, tenantSecret).toArray(String[]::new));
			contexts.add(gateway);
			int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
			logger.info("The gateway is up on http://localhost:{}", port);
			Standalone standalone = new Standalone(broker, contexts, port, settings.adminKeyFile());
			Runtime.getRuntime().addShutdownHook(standalone.shutdownHook);
			return standalone;
		}
		catch (RuntimeException ex) {
			new Standalone(broker, contexts, 0, settings.adminKeyFile()).close();
			throw ex;
		}
	}

	private static String newSecret() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** The gateway's port. */
	public int port() {
		return this.port;
	}

	/**
	 * The admin key: made at the first start on a data directory and kept in
	 * {@code <data>/admin.key}.
	 */
	public String adminKey() {
		try {
			return Files.readString(this.adminKeyFile).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No admin key at " + this.adminKeyFile, ex);
		}
	}

	/** Where the admin key is kept. */
	public Path adminKeyFile() {
		return this.adminKeyFile;
	}

	/** The broker's bootstrap servers. */
	public String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	/** The running service contexts, gateway last. */
	public List<ConfigurableApplicationContext> contexts() {
		return Collections.unmodifiableList(this.contexts);
	}

	/**
	 * Stops the platform in order: the gateway, then each service (each drains its web
	 * requests, then its listeners, then its outbox, then its deliveries), then the
	 * broker. A second call waits for the first and does nothing else.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (Thread.currentThread() != this.shutdownHook) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// The JVM is shutting down already; the hook finds this closed.
			}
		}
		List<ConfigurableApplicationContext> reversed = new ArrayList<>(this.contexts);
		Collections.reverse(reversed);
		for (ConfigurableApplicationContext context : reversed) {
			try {
				context.close();
			}
			catch (RuntimeException ex) {
				logger.warn("Closing {} failed: {}", context.getId(), ex.toString());
			}
		}
		this.broker.close();
	}

	private record Service(String name, Class<?> application) {
	}

}
