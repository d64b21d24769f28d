package io.aigcfactory.inspection.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.aigcfactory.events.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the funnel over the labelled development corpus ({@code corpus/ad-lines.tsv}) and
 * prints recall and precision per kind: every violation must be caught (rejected or sent
 * to review), and at least 97% of the clean lines of each kind approved.
 */
class DevelopmentCorpusTests {

	private static final ComplianceFunnel funnel = ComplianceFunnel.withDefaultLexicon();

	private static final List<Line> lines = new ArrayList<>();

	@BeforeAll
	static void read() throws IOException {
		try (InputStream in = DevelopmentCorpusTests.class.getResourceAsStream("/corpus/ad-lines.tsv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			text.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
				String[] columns = line.split("\t", 4);
				lines.add(new Line(columns[0].equals("violation"), columns[1], columns[2], columns[3]));
			});
		}
	}

	@Test
	void holdsAtLeastThreeHundredLinesCoveringEveryKind() {
		assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
		assertThat(lines.stream().filter(Line::violation).map(Line::kind).distinct()).containsExactlyInAnyOrder(
				"first-only", "superlative", "outcome", "guarantee", "authority", "lookalike", "insertion", "emoji",
				"pinyin", "personal-data", "price");
		assertThat(lines.stream().filter((line) -> !line.violation()).map(Line::kind).distinct()).contains("ordinal",
				"spec", "proper-name", "quotation", "negation", "plain");
	}

	@Test
	void catchesEveryViolationAndApprovesCleanLinesPerKind() {
		Map<String, int[]> tally = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (Line line : lines) {
			Verdict verdict = funnel.check(line.text(), line.category()).verdict();
			boolean right = line.violation() ? verdict != Verdict.APPROVED : verdict == Verdict.APPROVED;
			int[] counts = tally.computeIfAbsent((line.violation() ? "violation " : "clean ") + line.kind(),
					(key) -> new int[2]);
			counts[0]++;
			counts[1] += right ? 1 : 0;
			if (!right) {
				wrong.add(verdict + " " + line);
			}
		}
		StringBuilder table = new StringBuilder("\n| label and kind | lines | right | rate |\n|---|---|---|---|\n");
		tally.forEach((kind, counts) -> table.append(String.format("| %s | %d | %d | %.1f%% |%n", kind, counts[0],
				counts[1], 100.0 * counts[1] / counts[0])));
		System.out.println(table);
		tally.forEach((kind, counts) -> {
			if (kind.startsWith("violation")) {
				assertThat(counts[1]).as("recall of %s; wrong: %s", kind, wrong).isEqualTo(counts[0]);
			}
			else {
				assertThat(100.0 * counts[1] / counts[0]).as("precision of %s; wrong: %s", kind, wrong)
					.isGreaterThanOrEqualTo(97.0);
			}
		});
	}

	private record Line(boolean violation, String kind, String category, String text) {
	}

}
