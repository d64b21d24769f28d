package io.aigcfactory.creative.concept.template;

import io.aigcfactory.creative.concept.ConceptResources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aigcfactory.events.Angle;

/**
 * The copy templates of every angle, from {@code concept/templates.txt}. A template may
 * end in tone tags ({@code @温暖,活泼}); the {@code [tones]} section lists the voice words
 * each tag stands for.
 */
final class TemplateBook {

	static final Set<String> SLOTS = Set.of("name", "brand", "noun", "p1", "p2", "p3", "audience", "price", "scene",
			"scene2", "occasion", "vibe", "craft", "feel");

	private static final Pattern SLOT = Pattern.compile("\\{([a-z0-9]+)}");

	private static final String TONE_MARK = " @";

	private final Map<Angle, AngleTemplates> byAngle;

	private final Map<String, Set<String>> tones;

	private final Map<String, HookTemplates> byHook;

	TemplateBook(Map<Angle, AngleTemplates> byAngle) {
		this(byAngle, Map.of(), Map.of());
	}

	TemplateBook(Map<Angle, AngleTemplates> byAngle, Map<String, Set<String>> tones,
			Map<String, HookTemplates> byHook) {
		for (Angle angle : Angle.values()) {
			if (!byAngle.containsKey(angle)) {
				throw new IllegalStateException("templates.txt has no templates for " + angle);
			}
		}
		this.byAngle = Map.copyOf(byAngle);
		this.tones = Map.copyOf(tones);
		this.byHook = Map.copyOf(byHook);
	}

	static TemplateBook fromClasspath() {
		Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
		List<String> current = null;
		for (String line : ConceptResources.lines("templates.txt")) {
			if (line.startsWith("[") && line.endsWith("]")) {
				current = sections.computeIfAbsent(line.substring(1, line.length() - 1), (key) -> new ArrayList<>());
			}
			else if (current != null) {
				current.add(line);
			}
		}
		Map<Angle, AngleTemplates> byAngle = new EnumMap<>(Angle.class);
		Map<String, Set<String>> tagged = new HashMap<>();
		for (Angle angle : Angle.values()) {
			List<List<String>> kinds = new ArrayList<>();
			for (String kind : List.of("headline", "body", "cta")) {
				List<String> templates = new ArrayList<>();
				for (String line : section(sections, angle, kind)) {
					int mark = line.lastIndexOf(TONE_MARK);
					String template = checked((mark < 0) ? line : line.substring(0, mark).strip());
					templates.add(template);
					if (mark >= 0) {
						tagged.put(template,
								Set.of(line.substring(mark + TONE_MARK.length()).strip().split("\\s*,\\s*")));
					}
				}
				kinds.add(templates);
			}
			byAngle.put(angle, new AngleTemplates(kinds.get(0), kinds.get(1), kinds.get(2), tagged));
		}
		Map<String, Set<String>> tones = new HashMap<>();
		for (String line : sections.getOrDefault("tones", List.of())) {
			String[] parts = line.split("=", 2);
			if (parts.length == 2) {
				tones.put(parts[0].strip(), Set.of(parts[1].strip().split("\\s*[,，]\\s*")));
			}
		}
		Map<String, HookTemplates> byHook = new java.util.TreeMap<>();
		for (String name : sections.keySet()) {
			if (name.startsWith("hook.") && name.endsWith(".headline")) {
				String hook = name.substring("hook.".length(), name.length() - ".headline".length());
				byHook.put(hook, new HookTemplates(sections.get(name),
						sections.getOrDefault("hook." + hook + ".opening", List.of())));
			}
		}
		return new TemplateBook(byAngle, tones, byHook);
	}

	/** The tone tags whose words a brand's voice uses. */
	Set<String> tonesOf(Collection<String> voice) {
		Set<String> matched = new HashSet<>();
		for (String word : voice) {
			this.tones.forEach((tag, words) -> {
				if (tag.equals(word) || words.stream().anyMatch((tone) -> word.contains(tone) || tone.equals(word))) {
					matched.add(tag);
				}
			});
		}
		return matched;
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
	 * @param tones the tone tags of tagged templates
	 */
	record AngleTemplates(List<String> headlines, List<String> bodies, List<String> calls,
			Map<String, Set<String>> tones) {

		AngleTemplates {
			headlines = List.copyOf(headlines);
			bodies = List.copyOf(bodies);
			calls = List.copyOf(calls);
			tones = Map.copyOf(tones);
		}

		AngleTemplates(List<String> headlines, List<String> bodies, List<String> calls) {
			this(headlines, bodies, calls, Map.of());
		}

		/**
		 * The templates tagged with one of the tones, or all of them when none is.
		 */
		List<String> inTone(List<String> templates, Set<String> wanted) {
			if (wanted.isEmpty()) {
				return templates;
			}
			List<String> matching = templates.stream()
				.filter((template) -> this.tones.getOrDefault(template, Set.of()).stream().anyMatch(wanted::contains))
				.toList();
			return matching.isEmpty() ? templates : matching;
		}

	}

}
