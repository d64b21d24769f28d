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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything the funnel knows, as read from the resource files described in
 * {@code compliance/README.md}.
 *
 * @param entries the terms of every pack, in pack order
 * @param patterns the claim patterns of every pattern pack, in pack order
 * @param contextPhrases phrases that clear or soften the terms they contain
 * @param negationCues words that negate a term right after them
 * @param characterMap look-alike code point folded to code point
 * @param readings emoji to the word it stands for
 */
record Lexicon(List<LexiconEntry> entries, List<ClaimPattern> patterns, List<ContextPhrase> contextPhrases,
		List<String> negationCues, Map<Integer, Integer> characterMap, Map<Integer, String> readings) {

	private static final String ROOT = "compliance/";

	Lexicon {
		entries = List.copyOf(entries);
		patterns = List.copyOf(patterns);
		contextPhrases = List.copyOf(contextPhrases);
		negationCues = List.copyOf(negationCues);
		characterMap = Map.copyOf(characterMap);
		readings = Map.copyOf(readings);
	}

	/** Loads the lexicon shipped under {@code compliance/} on the classpath. */
	static Lexicon fromClasspath() {
		Map<Integer, Integer> characterMap = parseCharacterMap(read("character-map.txt"));
		Map<Integer, String> readings = parseReadings(read("emoji-readings.txt"));
		TextNormaliser normaliser = new TextNormaliser(characterMap, readings);
		List<LexiconEntry> entries = new ArrayList<>();
		for (String pack : lines(read("lexicon/index.txt"))) {
			entries.addAll(parsePack(pack, read("lexicon/" + pack), normaliser::fold));
		}
		List<ClaimPattern> patterns = new ArrayList<>();
		for (String pack : lines(read("patterns/index.txt"))) {
			patterns.addAll(parsePatterns(pack, read("patterns/" + pack), normaliser::fold));
		}
		return new Lexicon(entries, patterns, parseContext(read("context.txt")), lines(read("negation.txt")),
				characterMap, readings);
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
			entries.add(entry(name, header, parts[0].strip(), level, fold));
		}
		return entries;
	}

	/**
	 * Parses a pattern pack: the same header as a term pack, then one regular expression
	 * a line, optionally followed by {@code ||} and a level.
	 */
	static List<ClaimPattern> parsePatterns(String name, String text, UnaryOperator<String> fold) {
		Map<String, String> header = new HashMap<>();
		List<ClaimPattern> patterns = new ArrayList<>();
		for (String line : lines(text)) {
			if (line.startsWith("@")) {
				String[] parts = line.substring(1).split("\\s+", 2);
				header.put(parts[0], (parts.length > 1) ? parts[1].strip() : "");
				continue;
			}
			String[] parts = line.split("\\s*\\|\\|\\s*", 2);
			Level level = Level.parse((parts.length > 1) ? parts[1] : required(header, "level", name));
			try {
				patterns.add(new ClaimPattern(Pattern.compile(parts[0].strip()),
						entry(name, header, parts[0].strip(), level, fold)));
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalStateException("pattern pack " + name + ": " + ex.getMessage(), ex);
			}
		}
		return patterns;
	}

	private static LexiconEntry entry(String pack, Map<String, String> header, String term, Level level,
			UnaryOperator<String> fold) {
		String category = header.getOrDefault("category", pack.replaceFirst("\\.txt$", ""));
		String suggestion = header.getOrDefault("suggestion", "删除该表述，改为可核实的客观描述");
		return new LexiconEntry(term, required(header, "code", pack), category, required(header, "basis", pack),
				suggestion, level, CategoryScope.parse(required(header, "scope", pack), fold),
				ChannelScope.parse(header.getOrDefault("channel", "*")));
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

	static Map<Integer, String> parseReadings(String text) {
		Map<Integer, String> map = new HashMap<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\\s+", 2);
			if (parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1) {
				throw new IllegalStateException(
						"emoji-readings.txt: expected an emoji and its reading in '" + line + "'");
			}
			map.put(parts[0].codePointAt(0), parts[1].strip());
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

	/** The lines of a resource under {@code compliance/}, without blanks and comments. */
	static List<String> resourceLines(String path) {
		return lines(read(path));
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
