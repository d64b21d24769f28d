package io.aigcfactory.creative.concept.template;

import io.aigcfactory.creative.concept.ConceptResources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a product category lends to templates: where it is used, when it is given,
 * the style of the moment, what its quality shows in and how it feels.
 *
 * @param name the kit's name, e.g. {@code 数码}
 * @param match words that put a category into this kit; empty for the fallback kit
 * @param scenes where and when the product is used
 * @param occasions when it is given as a present
 * @param vibes styles of the moment
 * @param crafts what its quality shows in
 * @param feelings how it makes the buyer feel
 */
record CategoryKit(String name, List<String> match, List<String> scenes, List<String> occasions, List<String> vibes,
		List<String> crafts, List<String> feelings) {

	CategoryKit {
		match = List.copyOf(match);
		for (List<String> words : List.of(scenes, occasions, vibes, crafts, feelings)) {
			if (words.isEmpty()) {
				throw new IllegalStateException("category kit " + name + " lacks words for a slot");
			}
		}
	}

	/** Every kit in {@code concept/categories.txt}, in file order, the fallback last. */
	static List<CategoryKit> fromClasspath() {
		List<CategoryKit> kits = new ArrayList<>();
		String name = null;
		Map<String, List<String>> fields = new HashMap<>();
		for (String line : ConceptResources.lines("categories.txt")) {
			if (line.startsWith("[") && line.endsWith("]")) {
				if (name != null) {
					kits.add(of(name, fields));
				}
				name = line.substring(1, line.length() - 1);
				fields = new HashMap<>();
				continue;
			}
			String[] parts = line.split("=", 2);
			String value = (parts.length > 1) ? parts[1].strip() : "";
			fields.put(parts[0].strip(),
					value.isEmpty() ? List.of() : Arrays.stream(value.split("[,，]")).map(String::strip).toList());
		}
		if (name != null) {
			kits.add(of(name, fields));
		}
		return List.copyOf(kits);
	}

	/** The first kit that matches the category, else the fallback kit. */
	static CategoryKit forCategory(List<CategoryKit> kits, String category) {
		return kits.stream()
			.filter((kit) -> kit.match().stream().anyMatch(category::contains))
			.findFirst()
			.orElseGet(() -> kits.stream()
				.filter((kit) -> kit.match().isEmpty())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("categories.txt has no fallback kit")));
	}

	private static CategoryKit of(String name, Map<String, List<String>> fields) {
		return new CategoryKit(name, fields.getOrDefault("match", List.of()), fields.getOrDefault("scene", List.of()),
				fields.getOrDefault("occasion", List.of()), fields.getOrDefault("vibe", List.of()),
				fields.getOrDefault("craft", List.of()), fields.getOrDefault("feel", List.of()));
	}

}
