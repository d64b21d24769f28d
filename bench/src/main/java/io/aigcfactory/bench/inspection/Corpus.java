package io.aigcfactory.bench.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The inspection service's labelled development corpus and the lexicon's terms, read from
 * the files the service and its tests use.
 */
final class Corpus {

	/** The kinds of violation whose spelling is disguised. */
	static final Set<String> DISGUISED = Set.of("lookalike", "insertion", "emoji", "pinyin");

	static final String DEFAULT_PATH = "inspection-service/src/test/resources/corpus/ad-lines.tsv";

	private Corpus() {
	}

	static List<Line> lines(Path path) {
		try {
			List<Line> lines = new ArrayList<>();
			for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", 4);
				lines.add(new Line(columns[0].equals("violation"), columns[1], columns[2], columns[3]));
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the corpus at " + path + " (run from the repository root)", ex);
		}
	}

	/** Every term of every lexicon pack on the classpath, as written. */
	static List<String> lexiconTerms() {
		List<String> terms = new ArrayList<>();
		for (String pack : contentLines(resource("compliance/lexicon/index.txt"))) {
			for (String line : contentLines(resource("compliance/lexicon/" + pack))) {
				if (!line.startsWith("@")) {
					terms.add(line.split("\\|", 2)[0].strip());
				}
			}
		}
		return terms;
	}

	private static List<String> contentLines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
	}

	private static String resource(String path) {
		try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing classpath resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One labelled line.
	 *
	 * @param violation whether it is a violation
	 * @param kind its kind, e.g. {@code pinyin}
	 * @param category the product category
	 * @param text the ad line
	 */
	record Line(boolean violation, String kind, String category, String text) {

		boolean disguised() {
			return this.violation && DISGUISED.contains(this.kind);
		}

	}

}
