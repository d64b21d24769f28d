package io.aigcfactory.trust.label;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a label's JSON strictly: the bare object or the {@code {"AIGC":{...}}} wrapper.
 * Every member must be a string, no name may repeat, and exactly the seven fields must be
 * present. A lenient parser would keep the last of two equal names or turn a number into
 * a string; the standard allows neither, so this reads the text itself.
 */
public final class LabelJson {

	private final String text;

	private int at;

	private LabelJson(String text) {
		this.text = text;
	}

	/**
	 * A label read from JSON text.
	 *
	 * @param label the label, or {@code null} when the text is not a label at all
	 * @param problems what breaks the format or {@link LabelRules}; empty when it
	 * complies
	 */
	public record Parsed(@Nullable AigcLabel label, List<String> problems) {

		public Parsed {
			problems = List.copyOf(problems);
		}

	}

	/** Reads a label; never throws. */
	public static Parsed parse(String text) {
		try {
			Map<String, Object> object = new LabelJson(text).document();
			Object wrapped = object.get("AIGC");
			if (object.size() == 1 && wrapped instanceof Map<?, ?> inner) {
				@SuppressWarnings("unchecked")
				Map<String, Object> fields = (Map<String, Object>) inner;
				return label(fields);
			}
			return label(object);
		}
		catch (Malformed ex) {
			return new Parsed(null, List.of("not a JSON label: " + ex.getMessage()));
		}
	}

	private static Parsed label(Map<String, Object> members) {
		List<String> problems = new ArrayList<>();
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : AigcLabel.FIELDS) {
			Object value = members.get(field);
			if (value == null) {
				problems.add(field + " is missing");
			}
			else if (value instanceof String string) {
				values.put(field, string);
			}
			else {
				problems.add(field + " is not a string");
			}
		}
		for (String name : members.keySet()) {
			if (!AigcLabel.FIELDS.contains(name)) {
				problems.add("unknown field " + name);
			}
		}
		if (values.size() < AigcLabel.FIELDS.size()) {
			return new Parsed(null, problems);
		}
		AigcLabel label = new AigcLabel(values.get("Label"), values.get("ContentProducer"), values.get("ProduceID"),
				values.get("ReservedCode1"), values.get("ContentPropagator"), values.get("PropagateID"),
				values.get("ReservedCode2"));
		problems.addAll(LabelRules.problems(label));
		return new Parsed(label, problems);
	}

	private Map<String, Object> document() {
		space();
		Map<String, Object> object = object();
		space();
		if (this.at != this.text.length()) {
			throw new Malformed("text after the object at " + this.at);
		}
		return object;
	}

	private Map<String, Object> object() {
		expect('{');
		Map<String, Object> members = new LinkedHashMap<>();
		space();
		if (peek() == '}') {
			this.at++;
			return members;
		}
		while (true) {
			space();
			String name = string();
			space();
			expect(':');
			space();
			Object value = value();
			if (members.putIfAbsent(name, value) != null) {
				throw new Malformed("the name " + name + " appears twice");
			}
			space();
			char next = next();
			if (next == '}') {
				return members;
			}
			if (next != ',') {
				throw new Malformed("expected , or } at " + (this.at - 1));
			}
		}
	}

	private Object value() {
		char c = peek();
		if (c == '"') {
			return string();
		}
		if (c == '{') {
			return object();
		}
		int start = this.at;
		while (this.at < this.text.length() && ",}] \t\r\n".indexOf(this.text.charAt(this.at)) < 0) {
			this.at++;
		}
		if (start == this.at) {
			throw new Malformed("expected a value at " + start);
		}
		return new Object[] { this.text.substring(start, this.at) };
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return value.toString();
			}
			if (c == '\\') {
				char escaped = next();
				switch (escaped) {
					case '"', '\\', '/' -> value.append(escaped);
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'u' -> value.append(unicode());
					default -> throw new Malformed("bad escape at " + (this.at - 1));
				}
			}
			else {
				value.append(c);
			}
		}
	}

	private char unicode() {
		if (this.at + 4 > this.text.length()) {
			throw new Malformed("truncated \\u escape");
		}
		try {
			char c = (char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16);
			this.at += 4;
			return c;
		}
		catch (NumberFormatException ex) {
			throw new Malformed("bad \\u escape at " + this.at);
		}
	}

	private void space() {
		while (this.at < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
	}

	private void expect(char c) {
		if (next() != c) {
			throw new Malformed("expected " + c + " at " + (this.at - 1));
		}
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw new Malformed("the text ends early");
		}
		return this.text.charAt(this.at);
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

	private static final class Malformed extends RuntimeException {

		Malformed(String message) {
			super(message, null, false, false);
		}

	}

}
