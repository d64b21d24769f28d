package io.aigcfactory.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jib image settings in the POMs: every deployable module builds an image of a main
 * class that exists, on the port its configuration serves, and nothing else does.
 */
class ImageConfigurationTests {

	private static final Path ROOT = Path.of("..");

	private static final List<String> DEPLOYABLE = List.of("gateway", "creative-service", "production-service",
			"inspection-service", "distribution-service", "feedback-service", "standalone");

	@Test
	void everyDeployableModuleBuildsAnImageOfItsMainClass() throws Exception {
		Map<String, String> parent = properties(ROOT.resolve("pom.xml"));
		assertThat(parent).containsEntry("aigc.image.skip", "true")
			.containsEntry("aigc.image.base", "eclipse-temurin:21-jre");
		for (String module : DEPLOYABLE) {
			Map<String, String> properties = properties(ROOT.resolve(module).resolve("pom.xml"));
			assertThat(properties).as(module).containsEntry("aigc.image.skip", "false");
			String mainClass = properties.get("aigc.image.main-class");
			Path source = ROOT.resolve(module).resolve("src/main/java").resolve(mainClass.replace('.', '/') + ".java");
			assertThat(source).as(module + " main class").exists();
			assertThat(Files.readString(source)).as(mainClass).contains("public static void main(String[] args)");
			if (!module.equals("standalone")) {
				String config = Files
					.readString(ROOT.resolve(module).resolve("src/main/resources").resolve(module + ".yml"));
				assertThat(config).as(module + " port").contains("port: " + properties.get("aigc.image.port"));
			}
		}
	}

	@Test
	void noOtherModuleBuildsAnImage() throws Exception {
		List<String> modules = new ArrayList<>();
		NodeList entries = document(ROOT.resolve("pom.xml")).getElementsByTagName("module");
		for (int i = 0; i < entries.getLength(); i++) {
			modules.add(entries.item(i).getTextContent());
		}
		assertThat(modules).containsAll(DEPLOYABLE);
		for (String module : modules) {
			if (!DEPLOYABLE.contains(module)) {
				assertThat(properties(ROOT.resolve(module).resolve("pom.xml"))).as(module)
					.doesNotContainKey("aigc.image.skip");
			}
		}
	}

	private static Map<String, String> properties(Path pom) throws Exception {
		Map<String, String> properties = new HashMap<>();
		NodeList blocks = document(pom).getDocumentElement().getChildNodes();
		for (int i = 0; i < blocks.getLength(); i++) {
			if (blocks.item(i) instanceof Element block && block.getTagName().equals("properties")) {
				NodeList entries = block.getChildNodes();
				for (int j = 0; j < entries.getLength(); j++) {
					Node entry = entries.item(j);
					if (entry instanceof Element property) {
						properties.put(property.getTagName(), property.getTextContent().trim());
					}
				}
			}
		}
		return properties;
	}

	private static org.w3c.dom.Document document(Path pom) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
	}

}
