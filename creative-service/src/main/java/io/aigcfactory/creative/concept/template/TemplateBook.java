package io.aigcfactory.creative.concept.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aigcfactory.events.Angle;

/** The copy templates of every angle, from {@code concept/templates.txt}. */
final class TemplateBook {

	static final Set<String> SLOTS = Set.of("name", "brand", "noun", "p1", "p2", "p3", "audience", "price", "scene",
			"scene2", "occasion", "vibe", "craft", "feel");

	private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)}");

	private final Map<Angle, AngleTemplates> byAngle;

	private final Map<String, HookTemplates> byHook;

	TemplateBook(Map<Angle, AngleTemplates> byAngle) {
		this(byAngle, Map.of());
	}

	TemplateBook(Map<Angle, AngleTemplates> byAngle, Map<String, HookTemplates> byHook) {
		for (Angle angle : Angle.values()) {
			if (!byAngle.containsKey(angle)) {
				throw new IllegalStateException("templates.txt has no templates for " + angle);
			}
		}
		this.byAngle = Map.copyOf(byAngle);
		this.byHook = Map.copyOf(byHook);
	}

	static TemplateBook fromClasspath() {
		Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
		List<String> current = null;
		for (String line : Resources.lines("templates.txt")) {
			if (line.startsWith("[") && line.endsWith("]")) {
				current = sections.computeIfAbsent(line.substring(1, line.length() - 1), (key) -> new ArrayList<>());
			}
			else if (current != null) {
				current.add(checked(line));
			}
		}
		Map<Angle, AngleTemplates> byAngle = new EnumMap<>(Angle.class);
		for (Angle angle : Angle.values()) {
			byAngle.put(angle, new AngleTemplates(section(sections, angle, "headline"),
					section(sections, angle, "body"), section(sections, angle, "cta")));
		}
		Map<String, HookTemplates> byHook = new java.util.TreeMap<>();
		for (String name : sections.keySet()) {
			if (name.startsWith("hook.") && name.endsWith(".headline")) {
				String hook = name.substring("hook.".length(), name.length() - ".headline".length());
				byHook.put(hook, new HookTemplates(sections.get(name),
						sections.getOrDefault("hook." + hook + ".opening", List.of())));
			}
		}
		return new TemplateBook(byAngle, byHook);
	}

	AngleTemplates forAngle(Angle angle) {
		return this.byAngle.get(angle);
	}

	/** The templates of a hook, or {@code null} for no hook or one without templates. */
	HookTemplates forHook(String hook) {
		return this.byHook.get(hook);
	}

	/** The names of the hooks with templates. */
	java.util.Set<String> hooks() {
		return this.byHook.keySet();
	}

	/** The slot names a template uses, in order of appearance. */
	static List<String> slotsOf(String template) {
		Matcher matcher = SLOT.matcher(template);
		List<String> slots = new ArrayList<>();
		while (matcher.find()) {
			slots.add(matcher.group(1));
		}
		return slots;
	}

	private static String checked(String template) {
		for (String slot : slotsOf(template)) {
			if (!SLOTS.contains(slot)) {
				throw new IllegalStateException("unknown slot {" + slot + "} in template '" + template + "'");
			}
		}
		return template;
	}

	private static List<String> section(Map<String, List<String>> sections, Angle angle, String kind) {
		List<String> templates = sections.getOrDefault(angle.name() + "." + kind, List.of());
		if (templates.isEmpty()) {
			throw new IllegalStateException("templates.txt has no [" + angle.name() + "." + kind + "]");
		}
		return templates;
	}

	/**
	 * The templates of one hook.
	 *
	 * @param headlines headline templates that open the way the hook says
	 * @param openings the first words of a body, before the angle's own body
	 */
	record HookTemplates(List<String> headlines, List<String> openings) {

		HookTemplates {
			headlines = List.copyOf(headlines);
			openings = List.copyOf(openings);
			if (headlines.isEmpty() || openings.isEmpty()) {
				throw new IllegalStateException("a hook needs headline and opening templates");
			}
		}

	}

	/**
	 * The templates of one angle.
	 *
	 * @param headlines headline templates
	 * @param bodies body templates
	 * @param calls call-to-action templates
	 */
	record AngleTemplates(List<String> headlines, List<String> bodies, List<String> calls) {

		AngleTemplates {
			headlines = List.copyOf(headlines);
			bodies = List.copyOf(bodies);
			calls = List.copyOf(calls);
		}

	}

}
