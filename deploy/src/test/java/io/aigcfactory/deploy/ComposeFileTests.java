package io.aigcfactory.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-level {@code docker-compose.yml} parsed (anchors and merge keys resolved, as
 * Compose does) and its service graph checked.
 */
class ComposeFileTests {

	private static final Path ROOT = Path.of("..");

	private static final Pattern HOST_PORT = Pattern
		.compile("^(?:[a-z][a-z0-9+.-]*://)?([a-z][a-z0-9-]*):(\\d+)(?:[/?].*)?$");

	private static Map<String, Map<String, Object>> services;

	private static Set<String> hosts;

	@BeforeAll
	static void parse() throws IOException {
		services = services(ROOT.resolve("docker-compose.yml"));
		hosts = new HashSet<>(services.keySet());
		services.values().forEach((service) -> hosts.addAll(aliases(service)));
	}

	@Test
	void runsTheInfrastructureAndTheSixServicesInTheClusterProfile() {
		assertThat(services).containsKeys("kafka", "postgres", "redis", "milvus", "milvus-etcd", "milvus-minio",
				"minio", "triton", "triton-cpu", "otel-collector", "jaeger", "prometheus", "grafana");
		for (String service : ServiceConfigs.SERVICES) {
			assertThat(services).containsKey(service);
			assertThat(list(services.get(service).get("profiles"))).as(service).containsExactly("cluster");
			assertThat(environment(service)).as(service).containsEntry("SPRING_PROFILES_ACTIVE", "cluster");
		}
		assertThat(list(services.get("triton").get("profiles"))).containsExactly("gpu");
		assertThat(list(services.get("triton-cpu").get("profiles"))).containsExactly("cpu");
		assertThat(aliases(services.get("triton-cpu"))).contains("triton");
	}

	@Test
	void everyDependencyExistsAndIsWaitedForByItsHealthcheck() {
		for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
			for (Map.Entry<String, String> dependency : dependsOn(service.getValue()).entrySet()) {
				Map<String, Object> target = services.get(dependency.getKey());
				assertThat(target).as(service.getKey() + " depends on " + dependency.getKey()).isNotNull();
				assertThat(dependency.getValue()).as(service.getKey() + " → " + dependency.getKey())
					.isIn("service_healthy", "service_completed_successfully");
				if (dependency.getValue().equals("service_healthy")) {
					assertThat(target).as(dependency.getKey() + " healthcheck").containsKey("healthcheck");
				}
				Set<String> ownProfiles = Set.copyOf(list(service.getValue().getOrDefault("profiles", List.of())));
				List<String> targetProfiles = list(target.getOrDefault("profiles", List.of()));
				assertThat(targetProfiles.isEmpty() || ownProfiles.containsAll(targetProfiles))
					.as(service.getKey() + " depends on " + dependency.getKey() + ", which its profiles may not start")
					.isTrue();
			}
		}
		for (String service : ServiceConfigs.SERVICES) {
			assertThat(services.get(service)).as(service).containsKey("healthcheck");
			assertThat(String.valueOf(services.get(service).get("healthcheck"))).as(service)
				.contains("/actuator/health/readiness");
		}
		assertThat(dependsOn(services.get("gateway"))).containsKeys(ServiceConfigs.CONSUMERS.toArray(String[]::new));
	}

	@Test
	void everyAddressInTheEnvironmentIsAServiceOfTheFile() {
		List<Path> files = List.of(ROOT.resolve("docker-compose.yml"), ROOT.resolve("deploy/compose/models.yml"));
		for (Path file : files) {
			Map<String, Map<String, Object>> declared = services(file);
			for (Map.Entry<String, Map<String, Object>> service : declared.entrySet()) {
				for (Map.Entry<String, String> variable : environment(service.getValue()).entrySet()) {
					for (String address : variable.getValue().split(",")) {
						Matcher matcher = HOST_PORT.matcher(address.trim());
						if (matcher.matches() && !matcher.group(1).equals("localhost")) {
							assertThat(hosts).as(file.getFileName() + ": " + service.getKey() + " " + variable.getKey())
								.contains(matcher.group(1));
						}
					}
				}
			}
		}
	}

	@Test
	void everyServiceGetsTheEnvironmentItsClusterProfileReads() {
		for (String service : ServiceConfigs.SERVICES) {
			assertThat(environment(service).keySet()).as(service).containsAll(ServiceConfigs.clusterVariables(service));
		}
		// One broker: topics of the cluster profile's replication factor 3 could not be
		// created.
		for (String service : ServiceConfigs.CONSUMERS) {
			assertThat(environment(service)).containsEntry("AIGC_MESSAGING_REPLICATION_FACTOR", "1")
				.containsEntry("AIGC_MESSAGING_MIN_INSYNC_REPLICAS", "1")
				.containsEntry("AIGC_STORAGE_ROOT", "/var/lib/aigc/blobs");
			assertThat(list(services.get(service).get("volumes"))).as(service).contains("blobs:/var/lib/aigc/blobs");
		}
	}

	@Test
	void everyServiceSharesTheSecretsWithADevelopmentDefaultLongEnough() {
		for (String variable : ServiceConfigs.SHARED_SECRETS) {
			Set<String> values = new HashSet<>();
			for (String service : ServiceConfigs.SERVICES) {
				values.add(environment(service).get(variable));
			}
			assertThat(values).as(variable).hasSize(1);
			Matcher matcher = Pattern.compile("^\\$\\{" + variable + ":-(.+)}$").matcher(values.iterator().next());
			assertThat(matcher.matches()).as(variable + " overridable with a default").isTrue();
			assertThat(matcher.group(1)).as(variable + " default").hasSizeGreaterThanOrEqualTo(32);
		}
		assertThat(dependsOn(services.get("gateway"))).containsEntry("postgres", "service_healthy")
			.containsEntry("redis", "service_healthy");
	}

	@Test
	void everyMountedConfigurationFileIsInTheRepository() {
		for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
			for (String volume : list(service.getValue().getOrDefault("volumes", List.of()))) {
				String source = volume.split(":")[0];
				if (source.startsWith("./")) {
					assertThat(ROOT.resolve(source)).as(service.getKey() + " mounts " + source).exists();
				}
			}
		}
	}

	private static Map<String, String> environment(String service) {
		return environment(services.get(service));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(Map<String, Object> service) {
		Map<String, Object> environment = (Map<String, Object>) service.getOrDefault("environment", Map.of());
		Map<String, String> values = new java.util.TreeMap<>();
		environment.forEach((key, value) -> values.put(key, String.valueOf(value)));
		return values;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> dependsOn(Map<String, Object> service) {
		Object dependsOn = service.get("depends_on");
		Map<String, String> conditions = new java.util.TreeMap<>();
		if (dependsOn instanceof List<?> names) {
			names.forEach((name) -> conditions.put((String) name, "service_started"));
		}
		else if (dependsOn instanceof Map<?, ?> map) {
			map.forEach((name, spec) -> conditions.put((String) name,
					String.valueOf(((Map<String, Object>) spec).getOrDefault("condition", "service_started"))));
		}
		return conditions;
	}

	@SuppressWarnings("unchecked")
	private static List<String> aliases(Map<String, Object> service) {
		List<String> aliases = new ArrayList<>();
		if (service.get("networks") instanceof Map<?, ?> networks) {
			networks.values().forEach((network) -> {
				if (network instanceof Map<?, ?> settings && settings.get("aliases") instanceof List<?> names) {
					names.forEach((name) -> aliases.add((String) name));
				}
			});
		}
		return aliases;
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return (List<String>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services(Path file) {
		try {
			Map<String, Object> compose = new Yaml().load(Files.readString(file));
			return (Map<String, Map<String, Object>>) compose.get("services");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
