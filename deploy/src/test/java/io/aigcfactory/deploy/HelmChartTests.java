package io.aigcfactory.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart linted strictly and rendered over every values file in
 * {@code k8s/tests/values}, and the invariants a platform team relies on checked on the
 * parsed manifests.
 */
class HelmChartTests {

	private static final String PREFIX = HelmChart.RELEASE + "-aigc-factory-";

	/** The first line of each file in k8s/tests/invalid: what Helm must answer. */
	private static final String REFUSED_WITH = "# refused with: ";

	private static final Set<String> SECRET_NAMES = Set.of("PASSWORD", "SECRET", "TOKEN", "API_KEY");

	static List<Path> valuesFiles() {
		return HelmChart.valuesFiles(HelmChart.VALUES);
	}

	static List<Path> invalidValuesFiles() {
		return HelmChart.valuesFiles(HelmChart.INVALID_VALUES);
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void lintsStrictly(Path values, @TempDir Path work) {
		LintResult lint = HelmChart.lintStrict(values, work);
		assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void everyServiceHasProbesResourcesAndALockedDownContainer(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		List<Deployment> deployments = manifests.serviceDeployments();
		assertThat(deployments).extracting(RenderedManifests::component)
			.containsExactlyInAnyOrderElementsOf(ServiceConfigs.SERVICES);
		for (Deployment deployment : manifests.all(Deployment.class)) {
			PodSpec pod = deployment.getSpec().getTemplate().getSpec();
			assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name(deployment)).isTrue();
			assertThat(pod.getAutomountServiceAccountToken()).as(name(deployment)).isFalse();
			Map<String, Volume> volumes = pod.getVolumes()
				.stream()
				.collect(Collectors.toMap(Volume::getName, Function.identity()));
			for (Container container : pod.getContainers()) {
				assertLockedDown(name(deployment), container);
				assertThat(container.getResources().getRequests()).as(name(deployment)).containsKeys("cpu", "memory");
				assertThat(container.getResources().getLimits()).as(name(deployment)).containsKey("memory");
				assertThat(container.getStartupProbe()).as(name(deployment) + " startup probe").isNotNull();
				assertThat(container.getLivenessProbe()).as(name(deployment) + " liveness probe").isNotNull();
				assertThat(container.getReadinessProbe()).as(name(deployment) + " readiness probe").isNotNull();
				assertThat(container.getVolumeMounts()).as(name(deployment) + " /tmp").anySatisfy((mount) -> {
					assertThat(mount.getMountPath()).isEqualTo("/tmp");
					assertThat(volumes.get(mount.getName()).getEmptyDir()).isNotNull();
				});
			}
		}
		for (Deployment deployment : deployments) {
			Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
			assertThat(env(container)).containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true")
				.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT");
		}
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void rendersNoSecretAndNoCredentialInPlainText(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		assertThat(manifests.ofKind("Secret")).isEmpty();
		for (Deployment deployment : manifests.all(Deployment.class)) {
			for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
				for (EnvVar variable : container.getEnv()) {
					if (variable.getValue() != null) {
						assertThat(variable.getValue()).as(variable.getName()).doesNotContainPattern("://[^/@]+@");
						assertThat(SECRET_NAMES.stream().filter(variable.getName()::contains))
							.as(name(deployment) + " renders " + variable.getName() + " in plain text")
							.isEmpty();
					}
				}
			}
		}
	}

	@Test
	void credentialsComeFromTheNamedSecrets() {
		RenderedManifests manifests = HelmChart.render(HelmChart.VALUES.resolve("existing-secrets.yaml"));
		Container creative = container(manifests, "creative-service");
		assertThat(secretRef(creative, "POSTGRES_PASSWORD")).isEqualTo("aigc-postgres/password");
		assertThat(secretRef(creative, "REDIS_URI")).isEqualTo("aigc-redis/uri");
		assertThat(secretRef(creative, "AWS_SECRET_ACCESS_KEY")).isEqualTo("aigc-blob-store/AWS_SECRET_ACCESS_KEY");
		assertThat(env(container(manifests, "production-service"))).containsEntry("AIGC_STORAGE_BACKEND", "s3")
			.containsEntry("AIGC_STORAGE_S3_BUCKET", "aigc-blobs")
			.containsEntry("AIGC_STORAGE_S3_ENDPOINT", "http://minio.storage.svc:9000")
			.containsEntry("AIGC_STORAGE_S3_PATH_STYLE", "true");
		assertThat(container(manifests, "distribution-service").getEnvFrom())
			.anySatisfy((source) -> assertThat(source.getSecretRef().getName()).isEqualTo("aigc-webhooks"));
		Container triton = manifests.named(Deployment.class, PREFIX + "triton")
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0);
		assertThat(triton.getArgs()).contains("--model-repository=s3://models-bucket/aigc");
		assertThat(triton.getEnvFrom())
			.anySatisfy((source) -> assertThat(source.getSecretRef().getName()).isEqualTo("aigc-model-store"));
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void everyServiceGetsTheSharedSecretsFromTheSameSecret(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		for (String variable : ServiceConfigs.SHARED_SECRETS) {
			Set<String> references = ServiceConfigs.SERVICES.stream()
				.map((service) -> secretRef(container(manifests, service), variable))
				.collect(Collectors.toSet());
			assertThat(references).as(variable).hasSize(1);
		}
		if (!values.getFileName().toString().equals("existing-secrets.yaml")) {
			Container gateway = container(manifests, "gateway");
			assertThat(secretRef(gateway, "AIGC_TENANT_ASSERTION_SECRET")).isEqualTo("aigc-tenant-assertion/secret");
			assertThat(secretRef(gateway, "AIGC_TRUST_SIGNING_KEY")).isEqualTo("aigc-trust/signing-key");
		}
	}

	@Test
	void theGatewayKeepsApiKeysInPostgresqlAndRateLimitsInRedis() {
		RenderedManifests manifests = HelmChart.render(HelmChart.VALUES.resolve("existing-secrets.yaml"));
		Container gateway = container(manifests, "gateway");
		assertThat(env(gateway)).containsEntry("POSTGRES_HOST", "pg.databases.svc")
			.containsEntry("AIGC_JWT_ISSUER", "https://login.example.com/realms/aigc")
			.containsEntry("AIGC_JWT_JWK_SET_URI", "https://login.example.com/realms/aigc/certs")
			.containsEntry("AIGC_TRUST_PRODUCER", "example-provider");
		assertThat(secretRef(gateway, "POSTGRES_PASSWORD")).isEqualTo("aigc-postgres/password");
		assertThat(secretRef(gateway, "REDIS_URI")).isEqualTo("aigc-redis/uri");
		assertThat(secretRef(gateway, "AIGC_TENANT_ASSERTION_SECRET")).isEqualTo("aigc-shared/tenant-assertion");
		assertThat(secretRef(container(manifests, "feedback-service"), "AIGC_TRUST_SIGNING_KEY"))
			.isEqualTo("aigc-shared/trust-signing-key");
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void everyServiceGetsTheEnvironmentItsClusterProfileReads(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		for (String service : ServiceConfigs.SERVICES) {
			Set<String> rendered = container(manifests, service).getEnv()
				.stream()
				.map(EnvVar::getName)
				.collect(Collectors.toSet());
			Set<String> needed = new java.util.TreeSet<>(ServiceConfigs.clusterVariables(service));
			needed.remove("POSTGRES_PASSWORD"); // only with postgresql.existingSecret
			assertThat(rendered).as(service).containsAll(needed);
			assertThat(env(container(manifests, service))).as(service)
				.containsEntry("SPRING_PROFILES_ACTIVE", "cluster");
		}
		Map<String, String> gateway = env(container(manifests, "gateway"));
		for (Service service : manifests.all(Service.class)) {
			String component = RenderedManifests.component(service);
			if (ServiceConfigs.CONSUMERS.contains(component)) {
				String url = "http://" + service.getMetadata().getName() + ":"
						+ service.getSpec().getPorts().get(0).getPort();
				assertThat(gateway).containsValue(url);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void everyConsumerScalesOnItsConsumerGroupsLag(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		List<GenericKubernetesResource> scaledObjects = manifests.custom("ScaledObject");
		if (values.getFileName().toString().equals("minimal.yaml")) {
			assertThat(scaledObjects).isEmpty();
			assertThat(manifests.all(HorizontalPodAutoscaler.class)).isEmpty();
			assertThat(manifests.serviceDeployments())
				.allSatisfy((deployment) -> assertThat(deployment.getSpec().getReplicas()).isPositive());
			return;
		}
		// The autoscaler owns the replica count: an upgrade must not reset it.
		assertThat(manifests.serviceDeployments())
			.allSatisfy((deployment) -> assertThat(deployment.getSpec().getReplicas()).isNull());
		if (values.getFileName().toString().equals("hpa-fallback.yaml")) {
			assertThat(scaledObjects).isEmpty();
			assertThat(manifests.all(HorizontalPodAutoscaler.class)).extracting(RenderedManifests::component)
				.containsExactlyInAnyOrderElementsOf(ServiceConfigs.SERVICES);
			return;
		}
		assertThat(scaledObjects).extracting(RenderedManifests::component)
			.containsExactlyInAnyOrderElementsOf(ServiceConfigs.CONSUMERS);
		Set<String> deployments = manifests.all(Deployment.class).stream().map(this::name).collect(Collectors.toSet());
		String bootstrap = env(container(manifests, "creative-service")).get("KAFKA_BOOTSTRAP_SERVERS");
		for (GenericKubernetesResource scaledObject : scaledObjects) {
			String service = RenderedManifests.component(scaledObject);
			assertThat(deployments).contains((String) scaledObject.get("spec", "scaleTargetRef", "name"));
			List<Map<String, Object>> triggers = scaledObject.get("spec", "triggers");
			assertThat(triggers).as(service).isNotEmpty().allSatisfy((trigger) -> {
				assertThat(trigger).containsEntry("type", "kafka");
				@SuppressWarnings("unchecked")
				Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
				assertThat(metadata).containsEntry("consumerGroup", ServiceConfigs.consumerGroup(service))
					.containsEntry("bootstrapServers", bootstrap)
					.containsKey("topic");
				assertThat(Integer.parseInt((String) metadata.get("lagThreshold"))).isPositive();
			});
			int partitions = Integer.parseInt(env(container(manifests, service)).get("AIGC_MESSAGING_PARTITIONS"));
			assertThat(((Number) scaledObject.get("spec", "maxReplicaCount")).intValue())
				.isLessThanOrEqualTo(partitions);
		}
		assertThat(manifests.all(HorizontalPodAutoscaler.class)).extracting(RenderedManifests::component)
			.containsExactly("gateway");
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void onlyTheGatewayTakesIngressFromOutside(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
		if (values.getFileName().toString().equals("minimal.yaml")) {
			assertThat(policies).isEmpty();
			return;
		}
		Map<String, String> gatewayPods = manifests.named(Deployment.class, PREFIX + "gateway")
			.getSpec()
			.getSelector()
			.getMatchLabels();
		for (Deployment deployment : manifests.all(Deployment.class)) {
			Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
			List<NetworkPolicy> selecting = policies.stream()
				.filter((policy) -> podLabels.entrySet()
					.containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()))
				.toList();
			assertThat(selecting).as(name(deployment)).hasSize(1);
			if (RenderedManifests.component(deployment).equals("gateway")) {
				continue;
			}
			for (NetworkPolicyIngressRule rule : selecting.get(0).getSpec().getIngress()) {
				assertThat(rule.getFrom()).as(name(deployment) + " admits anyone").isNotEmpty();
				for (NetworkPolicyPeer peer : rule.getFrom()) {
					assertThat(peer.getIpBlock()).isNull();
					boolean fromGateway = peer.getPodSelector() != null
							&& peer.getPodSelector().getMatchLabels().equals(gatewayPods);
					boolean fromModelClient = peer.getPodSelector() != null && ServiceConfigs.CONSUMERS
						.contains(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/component"));
					boolean fromScraper = peer.getNamespaceSelector() != null && peer.getPodSelector() == null;
					assertThat(fromGateway || fromScraper
							|| (fromModelClient && "triton".equals(RenderedManifests.component(deployment))))
						.as(name(deployment) + " admits " + peer)
						.isTrue();
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void everyDeploymentHasADisruptionBudgetAndItsServiceSelectsIt(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class);
		for (Deployment deployment : manifests.all(Deployment.class)) {
			Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
			assertThat(budgets).as(name(deployment))
				.filteredOn((budget) -> podLabels.entrySet()
					.containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()))
				.hasSize(1);
		}
		for (Service service : manifests.all(Service.class)) {
			assertThat(manifests.all(Deployment.class)).as(service.getMetadata().getName())
				.anySatisfy((deployment) -> assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
					.containsAllEntriesOf(service.getSpec().getSelector()));
		}
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void tritonRunsOnGpuNodesBehindAHeadlessService(Path values) {
		RenderedManifests manifests = HelmChart.render(values);
		var triton = manifests.find(Deployment.class, PREFIX + "triton");
		if (values.getFileName().toString().equals("minimal.yaml")) {
			assertThat(triton).isEmpty();
			assertThat(env(container(manifests, "production-service")))
				.doesNotContainKey("AIGC_INFERENCE_MODELS_SDXL_ENDPOINTS");
			return;
		}
		PodSpec pod = triton.orElseThrow().getSpec().getTemplate().getSpec();
		Container server = pod.getContainers().get(0);
		assertThat(server.getResources().getRequests()).containsEntry("nvidia.com/gpu", new Quantity("1"));
		assertThat(server.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("1"));
		assertThat(pod.getTolerations())
			.anySatisfy((toleration) -> assertThat(toleration.getKey()).isEqualTo("nvidia.com/gpu"));
		assertThat(pod.getNodeSelector()).isNotEmpty();
		assertThat(path(server.getReadinessProbe())).isEqualTo("/v2/health/ready");
		Service headless = manifests.named(Service.class, PREFIX + "triton-headless");
		assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
		assertThat(headless.getSpec().getPorts()).anySatisfy((port) -> assertThat(port.getPort()).isEqualTo(8001));
		String target = "dns:///" + headless.getMetadata().getName() + "." + HelmChart.NAMESPACE + ".svc:8001";
		assertThat(env(container(manifests, "production-service")))
			.containsEntry("AIGC_INFERENCE_MODELS_SDXL_ENDPOINTS", target);
		assertThat(env(container(manifests, "creative-service"))).containsEntry("AIGC_INFERENCE_MODELS_LLM_ENDPOINTS",
				target);
		if (values.getFileName().toString().equals("existing-secrets.yaml")) {
			assertThat(env(container(manifests, "production-service")))
				.containsEntry("AIGC_PRODUCTION_VIDEO_NARRATOR", "triton")
				.containsEntry("AIGC_INFERENCE_MODELS_TTS_ENDPOINTS", target);
		}
		else {
			assertThat(env(container(manifests, "production-service")))
				.doesNotContainKey("AIGC_PRODUCTION_VIDEO_NARRATOR");
		}
	}

	@ParameterizedTest
	@MethodSource("valuesFiles")
	void shipsDashboardsAndAlertsOnLagDeadLettersErrorsAndTheBatcherQueue(Path values) throws Exception {
		RenderedManifests manifests = HelmChart.render(values);
		String rules = manifests.named(ConfigMap.class, PREFIX + "alerts").getData().get("aigc-factory.rules.yml");
		assertThat(rules).contains("kafka_consumer_fetch_manager_records_lag_max", "aigc_dead_letters_total",
				"http_server_requests_seconds_count{namespace=\"aigc\", status=~\"5..\"}", "aigc_inference_queued");
		List<ConfigMap> dashboards = manifests.all(ConfigMap.class)
			.stream()
			.filter((map) -> map.getMetadata().getLabels().containsKey("grafana_dashboard"))
			.toList();
		if (values.getFileName().toString().equals("minimal.yaml")) {
			assertThat(dashboards).isEmpty();
		}
		else {
			assertThat(dashboards).isNotEmpty();
			for (ConfigMap dashboard : dashboards) {
				for (String json : dashboard.getData().values()) {
					assertThat(new ObjectMapper().readTree(json).get("panels")).isNotEmpty();
				}
			}
		}
		boolean operator = values.getFileName().toString().equals("strimzi-operators.yaml");
		assertThat(manifests.custom("PrometheusRule")).hasSize(operator ? 1 : 0);
		assertThat(manifests.custom("ServiceMonitor")).hasSize(operator ? 1 : 0);
	}

	@Test
	void strimziKafkaIsWhatTheServicesAndScalersConnectTo() {
		RenderedManifests manifests = HelmChart.render(HelmChart.VALUES.resolve("strimzi-operators.yaml"));
		GenericKubernetesResource kafka = manifests.custom("Kafka").get(0);
		assertThat(manifests.custom("KafkaNodePool")).singleElement()
			.satisfies((pool) -> assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster",
					kafka.getMetadata().getName()));
		String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:9092";
		for (String service : ServiceConfigs.CONSUMERS) {
			assertThat(env(container(manifests, service))).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
		}
	}

	@ParameterizedTest
	@MethodSource("invalidValuesFiles")
	void refusesValuesThatBreakTheInvariants(Path values) throws Exception {
		String firstLine = Files.readAllLines(values).get(0);
		assertThat(firstLine).startsWith(REFUSED_WITH);
		assertThatThrownBy(() -> HelmChart.render(values))
			.hasMessageContaining(firstLine.substring(REFUSED_WITH.length()));
	}

	private static void assertLockedDown(String deployment, Container container) {
		var context = container.getSecurityContext();
		assertThat(context.getReadOnlyRootFilesystem()).as(deployment).isTrue();
		assertThat(context.getAllowPrivilegeEscalation()).as(deployment).isFalse();
		assertThat(context.getCapabilities().getDrop()).as(deployment).contains("ALL");
		assertThat(context.getCapabilities().getAdd()).as(deployment).isNullOrEmpty();
	}

	private static Container container(RenderedManifests manifests, String service) {
		return manifests.named(Deployment.class, PREFIX + service)
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0);
	}

	private static Map<String, String> env(Container container) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
	}

	private static String secretRef(Container container, String variable) {
		return container.getEnv()
			.stream()
			.filter((candidate) -> candidate.getName().equals(variable))
			.map(EnvVar::getValueFrom)
			.filter(Objects::nonNull)
			.map((source) -> source.getSecretKeyRef().getName() + "/" + source.getSecretKeyRef().getKey())
			.findFirst()
			.orElseThrow(() -> new AssertionError(variable + " is not from a Secret"));
	}

	private static String path(Probe probe) {
		return probe.getHttpGet().getPath();
	}

	private String name(Deployment deployment) {
		return deployment.getMetadata().getName();
	}

}
