package io.aigcfactory.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * What {@code helm template} rendered, parsed strictly into fabric8's Kubernetes model: a
 * manifest that does not fit its kind's schema fails the parse. Kinds the model does not
 * know (KEDA, Strimzi, Prometheus Operator) stay {@link GenericKubernetesResource}s.
 */
record RenderedManifests(List<HasMetadata> resources) {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	static RenderedManifests parse(String manifests) {
		try {
			List<HasMetadata> resources = YAML.readerFor(KubernetesResource.class)
				.<KubernetesResource>readValues(manifests)
				.readAll()
				.stream()
				.filter(HasMetadata.class::isInstance)
				.map(HasMetadata.class::cast)
				.toList();
			return new RenderedManifests(resources);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.resources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T extends HasMetadata> T named(Class<T> type, String name) {
		return find(type, name).orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " " + name));
	}

	<T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
		return all(type).stream().filter((resource) -> resource.getMetadata().getName().equals(name)).findFirst();
	}

	/** Resources of a kind the model does not know, e.g. {@code ScaledObject}. */
	List<GenericKubernetesResource> custom(String kind) {
		return all(GenericKubernetesResource.class).stream()
			.filter((resource) -> kind.equals(resource.getKind()))
			.toList();
	}

	List<HasMetadata> ofKind(String kind) {
		return this.resources.stream().filter((resource) -> kind.equals(resource.getKind())).toList();
	}

	/** The Deployments of the six services (every one but Triton's). */
	List<Deployment> serviceDeployments() {
		return all(Deployment.class).stream().filter((deployment) -> !"triton".equals(component(deployment))).toList();
	}

	static String component(HasMetadata resource) {
		Map<String, String> labels = resource.getMetadata().getLabels();
		return (labels != null) ? labels.get("app.kubernetes.io/component") : null;
	}

}
