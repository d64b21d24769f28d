package io.aigcfactory.standalone;

import java.util.ArrayList;
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
 * gateway on one port. A platform started again on the same data directory resumes the
 * work in flight where it stopped, after a crash too.
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

	private Standalone(LocalBroker broker, List<ConfigurableApplicationContext> contexts, int port) {
		this.broker = broker;
		this.contexts = contexts;
		this.port = port;
	}

	/** Starts the broker, the five services and the gateway. */
	public static Standalone start(StandaloneSettings requested) {
		StandaloneSettings settings = requested.withResolvedPort();
		LocalBroker broker = LocalBroker.start(settings.kafkaDirectory(), settings.partitions());
		String brokers = broker.bootstrapServers();
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			Map<String, Integer> ports = new TreeMap<>();
			for (Service service : SERVICES) {
				ConfigurableApplicationContext context = ServiceLauncher.builder(service.application(), service.name())
					.run(settings.serviceArguments(service.name(), brokers).toArray(String[]::new));
				contexts.add(context);
				ports.put(service.name(), ((WebServerApplicationContext) context).getWebServer().getPort());
				logger.info("{} is up on 127.0.0.1:{}", service.name(), ports.get(service.name()));
			}
			ConfigurableApplicationContext gateway = GatewayApplication.builder()
				.run(gatewayArguments(settings, ports).toArray(String[]::new));
			contexts.add(gateway);
			int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
			logger.info("The gateway is up on http://localhost:{}", port);
			return new Standalone(broker, contexts, port);
		}
		catch (RuntimeException ex) {
			new Standalone(broker, contexts, 0).close();
			throw ex;
		}
	}

	private static List<String> gatewayArguments(StandaloneSettings settings, Map<String, Integer> ports) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + settings.port(),
				"--spring.main.banner-mode=off", "--spring.main.log-startup-info=false"));
		ports.forEach((service, port) -> arguments
			.add("--aigc.gateway.services." + service.replace("-service", "") + "=http://127.0.0.1:" + port));
		return arguments;
	}

	/** The gateway's port. */
	public int port() {
		return this.port;
	}

	/** The broker's bootstrap servers. */
	public String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	/** The running service contexts, gateway last. */
	public List<ConfigurableApplicationContext> contexts() {
		return Collections.unmodifiableList(this.contexts);
	}

	@Override
	public void close() {
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
