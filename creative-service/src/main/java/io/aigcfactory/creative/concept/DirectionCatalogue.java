package io.aigcfactory.creative.concept;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.aigcfactory.events.Angle;

import org.springframework.stereotype.Component;

/**
 * The creative directions of every category family, read from
 * {@code concept/directions.txt} and checked when the service starts: each family of
 * {@code concept/categories.txt} has at least {@value #MIN_PER_FAMILY} directions, every
 * angle among them, unique ids, known styles and defined hooks. A product's family is the
 * first whose match words occur in its category, else the fallback family without any.
 */
@Component
public class DirectionCatalogue {

	static final int MIN_PER_FAMILY = 24;

	static final Set<String> STYLES = Set.of("bold", "fresh", "premium", "warm", "minimal");

	private final Map<String, List<String>> matches;

	private final Map<String, List<Direction>> families;

	public DirectionCatalogue() {
		this(ConceptResources.lines("categories.txt"), ConceptResources.lines("directions.txt"));
	}

	DirectionCatalogue(List<String> categories, List<String> directions) {
		this.matches = matchWords(categories);
		this.families = families(directions);
		for (String family : this.matches.keySet()) {
			check(family, this.families.get(family));
		}
		if (this.matches.values().stream().noneMatch(List::isEmpty)) {
			throw new IllegalStateException("categories.txt has no fallback family");
		}
	}

	/** The directions of the category's family, in catalogue order. */
	public List<Direction> forCategory(String category) {
		return this.families.get(familyOf(category));
	}

	/** The family a category falls into. */
	String familyOf(String category) {
		String fallback = null;
		for (Map.Entry<String, List<String>> family : this.matches.entrySet()) {
			if (family.getValue().isEmpty()) {
				fallback = (fallback != null) ? fallback : family.getKey();
			}
			else if (family.getValue().stream().anyMatch(category::contains)) {
				return family.getKey();
			}
		}
		return fallback;
	}

	Set<String> familyNames() {
		return this.matches.keySet();
	}

	private static void check(String family, List<Direction> directions) {
		if (directions == null || directions.size() < MIN_PER_FAMILY) {
			throw new IllegalStateException(
					"directions.txt gives family " + family + " fewer than " + MIN_PER_FAMILY + " directions");
		}
		Set<Angle> angles = EnumSet.noneOf(Angle.class);
		Set<String> ids = new HashSet<>();
		for (Direction direction : directions) {
			angles.add(direction.angle());
			if (!ids.add(direction.id())) {
				throw new IllegalStateException("directions.txt repeats " + direction.id() + " in family " + family);
			}
		}
		if (angles.size() < Angle.values().length) {
			throw new IllegalStateException("directions.txt lacks angles in family " + family);
		}
	}

	private static Map<String, List<String>> matchWords(List<String> lines) {
		Map<String, List<String>> matches = new LinkedHashMap<>();
		String family = null;
		for (String line : lines) {
			if (line.startsWith("[") && line.endsWith("]")) {
				family = line.substring(1, line.length() - 1);
				matches.put(family, List.of());
			}
			else if (family != null && line.startsWith("match")) {
				matches.put(family, words(line.split("=", 2)[1]));
			}
		}
		return matches;
	}

	private static Map<String, List<Direction>> families(List<String> lines) {
		Map<String, String> hooks = new LinkedHashMap<>();
		Map<String, List<Direction>> families = new LinkedHashMap<>();
		String section = null;
		for (String line : lines) {
			if (line.startsWith("[") && line.endsWith("]")) {
				section = line.substring(1, line.length() - 1);
				continue;
			}
			String[] parts = line.split("=", 2);
			if (section == null || parts.length < 2) {
				throw new IllegalStateException("directions.txt: unexpected line '" + line + "'");
			}
			if (section.equals("hooks")) {
				hooks.put(parts[0].strip(), parts[1].strip());
				continue;
			}
			Angle angle = Angle.valueOf(parts[0].strip());
			List<Direction> family = families.computeIfAbsent(section, (name) -> new ArrayList<>());
			for (String pair : words(parts[1])) {
				family.add(direction(angle, pair, hooks, section));
			}
		}
		families.replaceAll((name, directions) -> List.copyOf(directions));
		return families;
	}

	private static Direction direction(Angle angle, String pair, Map<String, String> hooks, String family) {
		String[] styleAndHook = pair.split("/", 2);
		String style = styleAndHook[0].strip();
		String hook = (styleAndHook.length > 1) ? styleAndHook[1].strip() : "";
		if (!STYLES.contains(style) || !hooks.containsKey(hook)) {
			throw new IllegalStateException(
					"directions.txt: unknown style or hook in '" + pair + "' of " + family + "/" + angle);
		}
		return new Direction(angle.name().toLowerCase(Locale.ROOT) + "." + style + "." + hook, angle, style,
				hooks.get(hook));
	}

	private static List<String> words(String value) {
		String stripped = value.strip();
		return stripped.isEmpty() ? List.of() : Arrays.stream(stripped.split("[,，]")).map(String::strip).toList();
	}

}
