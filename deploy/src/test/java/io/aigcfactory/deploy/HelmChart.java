package io.aigcfactory.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/**
 * The chart in {@code k8s/aigc-factory}, linted and rendered by Helm's own library
 * (helm-java).
 */
final class HelmChart {

	static final Path CHART = Path.of("k8s", "aigc-factory");

	static final Path VALUES = Path.of("k8s", "tests", "values");

	static final Path INVALID_VALUES = Path.of("k8s", "tests", "invalid");

	static final String RELEASE = "factory";

	static final String NAMESPACE = "aigc";

	/** The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion). */
	static final String KUBE_VERSION = "1.30.0";

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

	private HelmChart() {
	}

	/** The values files of a folder, by name. */
	static List<Path> valuesFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code helm template} with one values file over the chart's defaults. */
	static RenderedManifests render(Path valuesFile) {
		String manifests = new Helm(CHART).template()
			.withName(RELEASE)
			.withNamespace(NAMESPACE)
			.withKubeVersion(KUBE_VERSION)
			.withValuesFile(valuesFile.toAbsolutePath())
			.call();
		return RenderedManifests.parse(manifests);
	}

	/**
	 * {@code helm lint --strict} of the chart as it would be installed with the values
	 * file: helm-java's lint takes no values file, so the chart is copied with the file
	 * merged into its values.yaml the way Helm merges them (maps deeply, lists and
	 * scalars replaced, null removes a key).
	 */
	static LintResult lintStrict(Path valuesFile, Path workDirectory) {
		Path copy = workDirectory.resolve(CHART.getFileName());
		copyTree(CHART, copy);
		try {
			ObjectNode values = (ObjectNode) YAML.readTree(CHART.resolve("values.yaml").toFile());
			JsonNode overrides = YAML.readTree(valuesFile.toFile());
			if (overrides != null && overrides.isObject()) {
				merge(values, (ObjectNode) overrides);
			}
			YAML.writeValue(copy.resolve("values.yaml").toFile(), values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Helm(copy).lint().strict().call();
	}

	private static void merge(ObjectNode target, ObjectNode overrides) {
		Iterator<Map.Entry<String, JsonNode>> fields = overrides.properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode current = target.get(field.getKey());
			if (field.getValue() instanceof NullNode) {
				target.remove(field.getKey());
			}
			else if (current instanceof ObjectNode object && field.getValue() instanceof ObjectNode nested) {
				merge(object, nested);
			}
			else {
				target.set(field.getKey(), field.getValue());
			}
		}
	}

	private static void copyTree(Path from, Path to) {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
