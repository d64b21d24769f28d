package io.aigcfactory.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * What the services' own configuration files
 * ({@code <service>/src/main/resources/<service>.yml}) expect from a deployment: the
 * environment variables their {@code cluster} profile reads and their Kafka consumer
 * group.
 */
final class ServiceConfigs {

	static final List<String> SERVICES = List.of("gateway", "creative-service", "production-service",
			"inspection-service", "distribution-service", "feedback-service");

	static final List<String> CONSUMERS = SERVICES.subList(1, SERVICES.size());

	/**
	 * Secrets every service and the gateway read in every profile (aigc-service.yml,
	 * gateway.yml): without the tenant assertion secret they refuse to start, and the
	 * signing key must be the same everywhere.
	 */
	static final List<String> SHARED_SECRETS = List.of("AIGC_TENANT_ASSERTION_SECRET", "AIGC_TRUST_SIGNING_KEY");

	private static final Path ROOT = Path.of("..");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

	private ServiceConfigs() {
	}

	/**
	 * The variables a service needs in the {@code cluster} profile: the placeholders of
	 * its cluster profile document, the gateway's service URLs, and Kafka's bootstrap
	 * servers (from the shared aigc-service.yml) for every service that consumes, and the
	 * {@link #SHARED_SECRETS}.
	 */
	static Set<String> clusterVariables(String service) {
		Set<String> variables = new LinkedHashSet<>();
		for (String document : text(service).split("(?m)^---\\s*$")) {
			boolean cluster = document.contains("on-profile: cluster");
			Matcher matcher = PLACEHOLDER.matcher(document);
			while (matcher.find()) {
				String name = matcher.group(1);
				if (cluster || name.endsWith("_URL")) {
					variables.add(name);
				}
			}
		}
		if (!service.equals("gateway")) {
			variables.add("KAFKA_BOOTSTRAP_SERVERS");
		}
		variables.addAll(SHARED_SECRETS);
		return variables;
	}

	/** {@code spring.kafka.consumer.group-id} of the service's default profile. */
	@SuppressWarnings("unchecked")
	static String consumerGroup(String service) {
		Map<String, Object> document = (Map<String, Object>) new Yaml().loadAll(text(service)).iterator().next();
		Map<String, Object> spring = (Map<String, Object>) document.get("spring");
		Map<String, Object> kafka = (Map<String, Object>) spring.get("kafka");
		Map<String, Object> consumer = (Map<String, Object>) kafka.get("consumer");
		return (String) consumer.get("group-id");
	}

	private static String text(String service) {
		try {
			return Files.readString(ROOT.resolve(service).resolve("src/main/resources").resolve(service + ".yml"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
