package io.aigcfactory.inspection.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything the funnel knows, as read from the resource files described in
 * {@code compliance/README.md}.
 *
 * @param entries the terms of every pack, in pack order
 * @param contextPhrases phrases that clear or soften the terms they contain
 * @param negationCues words that negate a term right after them
 * @param characterMap code point folded to code point
 */
record Lexicon(List<LexiconEntry> entries, List<ContextPhrase> contextPhrases, List<String> negationCues,
		Map<Integer, Integer> characterMap) {

	private static final String ROOT = "compliance/";

	Lexicon {
		entries = List.copyOf(entries);
		contextPhrases = List.copyOf(contextPhrases);
		negationCues = List.copyOf(negationCues);
		characterMap = Map.copyOf(characterMap);
	}

	/** Loads the lexicon shipped under {@code compliance/} on the classpath. */
	static Lexicon fromClasspath() {
		Map<Integer, Integer> characterMap = parseCharacterMap(read("character-map.txt"));
		TextNormaliser normaliser = new TextNormaliser(characterMap);
		List<LexiconEntry> entries = new ArrayList<>();
		for (String pack : lines(read("lexicon/index.txt"))) {
			entries.addAll(parsePack(pack, read("lexicon/" + pack), normaliser::fold));
		}
		return new Lexicon(entries, parseContext(read("context.txt")), lines(read("negation.txt")), characterMap);
	}

	static List<LexiconEntry> parsePack(String name, String text, UnaryOperator<String> fold) {
		Map<String, String> header = new HashMap<>();
		List<LexiconEntry> entries = new ArrayList<>();
		for (String line : lines(text)) {
			if (line.startsWith("@")) {
				String[] parts = line.substring(1).split("\\s+", 2);
				header.put(parts[0], (parts.length > 1) ? parts[1].strip() : "");
				continue;
			}
			String[] parts = line.split("\\|", 2);
			Level level = Level.parse((parts.length > 1) ? parts[1] : required(header, "level", name));
			entries
				.add(new LexiconEntry(parts[0].strip(), required(header, "code", name), required(header, "basis", name),
						level, CategoryScope.parse(required(header, "scope", name), fold)));
		}
		return entries;
	}

	static List<ContextPhrase> parseContext(String text) {
		return lines(text).stream().map((line) -> {
			String[] parts = line.split("\\|", 2);
			return new ContextPhrase(parts[0].strip(), (parts.length > 1) ? Level.parse(parts[1]) : null);
		}).toList();
	}

	static Map<Integer, Integer> parseCharacterMap(String text) {
		Map<Integer, Integer> map = new HashMap<>();
		for (String line : lines(text)) {
			int[] codePoints = line.codePoints().filter((c) -> !Character.isWhitespace(c)).toArray();
			if (codePoints.length != 2) {
				throw new IllegalStateException("character-map.txt: expected two characters in '" + line + "'");
			}
			map.put(codePoints[0], codePoints[1]);
		}
		return map;
	}

	private static String required(Map<String, String> header, String key, String pack) {
		String value = header.get(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("lexicon pack " + pack + " has no @" + key + " before its terms");
		}
		return value;
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	private static String read(String path) {
		try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(ROOT + path)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource " + ROOT + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + ROOT + path, ex);
		}
	}

}
