package io.aigcfactory.trust.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The standard's rules for one label, as GB 45438-2025 Annex E states them: {@code Label}
 * is {@code 1}, {@code 2} or {@code 3}; the producer and its content id are present;
 * every value uses only the single-byte printable characters 0x21-0x7E without {@code "}
 * and {@code \}. That a file holds exactly one label is judged by {@link LabelReadings}.
 */
public final class LabelRules {

	private static final Set<String> LABEL_VALUES = Set.of("1", "2", "3");

	private LabelRules() {
	}

	/** What breaks the rules in a label; empty when it complies. */
	public static List<String> problems(AigcLabel label) {
		List<String> problems = new ArrayList<>();
		label.fields().forEach((name, value) -> {
			if (!printable(value)) {
				problems.add(name + " holds a character outside 0x21-0x7E, or a quote or backslash");
			}
		});
		if (!LABEL_VALUES.contains(label.label())) {
			problems.add("Label must be 1, 2 or 3, not '" + label.label() + "'");
		}
		if (label.contentProducer().isEmpty()) {
			problems.add("ContentProducer is empty");
		}
		if (label.produceId().isEmpty()) {
			problems.add("ProduceID is empty");
		}
		return problems;
	}

	/** Whether every character is in 0x21-0x7E and none is {@code "} or {@code \}. */
	public static boolean printable(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

}
