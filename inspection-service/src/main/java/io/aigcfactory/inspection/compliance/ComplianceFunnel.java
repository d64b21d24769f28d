package io.aigcfactory.inspection.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.aigcfactory.events.Finding;

/**
 * Checks a text against the Advertising Law lexicon: normalise, match every term in one
 * pass, then let context decide (benign phrases, negation, quotation), and report one
 * finding per term occurrence with the original spelling as evidence. Built once; safe
 * for any number of threads.
 */
public final class ComplianceFunnel {

	private final TextNormaliser normaliser;

	private final TermMatcher<LexiconEntry> terms;

	private final TermMatcher<ContextPhrase> phrases;

	private final ClaimContext context;

	ComplianceFunnel(Lexicon lexicon) {
		this.normaliser = new TextNormaliser(lexicon.characterMap());
		Map<String, List<LexiconEntry>> byTerm = new LinkedHashMap<>();
		for (LexiconEntry entry : lexicon.entries()) {
			byTerm.computeIfAbsent(this.normaliser.fold(entry.term()), (term) -> new ArrayList<>()).add(entry);
		}
		this.terms = TermMatcher.of(byTerm);
		Map<String, List<ContextPhrase>> byPhrase = new LinkedHashMap<>();
		for (ContextPhrase phrase : lexicon.contextPhrases()) {
			byPhrase.computeIfAbsent(this.normaliser.fold(phrase.phrase()), (term) -> new ArrayList<>()).add(phrase);
		}
		this.phrases = TermMatcher.of(byPhrase);
		this.context = new ClaimContext(lexicon.negationCues().stream().map(this.normaliser::fold).toList());
	}

	/** The funnel over the lexicon shipped on the classpath under {@code compliance/}. */
	public static ComplianceFunnel withDefaultLexicon() {
		return new ComplianceFunnel(Lexicon.fromClasspath());
	}

	/**
	 * Checks one text, e.g. {@code Copy.fullText()}.
	 * @param text the text to check
	 * @param category the product's category, e.g. {@code 美妆/面霜}; blank when unknown
	 * @return the findings, one per offending term occurrence
	 */
	public ComplianceReport check(String text, String category) {
		Objects.requireNonNull(text, "text");
		NormalisedText normalised = this.normaliser.normalise(text);
		String normalisedCategory = this.normaliser.fold(Objects.requireNonNullElse(category, ""));
		List<TermMatcher.Match<ContextPhrase>> benign = this.phrases.findAll(normalised.text());
		List<Hit> hits = new ArrayList<>();
		for (TermMatcher.Match<LexiconEntry> match : this.terms.findAll(normalised.text())) {
			if (this.context.standsAlone(normalised, match.start(), match.end())) {
				strongestFor(match, normalisedCategory).flatMap((entry) -> judge(normalised, match, entry, benign))
					.ifPresent(hits::add);
			}
		}
		return report(normalised, outermost(hits));
	}

	private static Optional<LexiconEntry> strongestFor(TermMatcher.Match<LexiconEntry> match, String category) {
		return match.values()
			.stream()
			.filter((entry) -> entry.scope().includes(category))
			.max(Comparator.comparing(LexiconEntry::level));
	}

	private Optional<Hit> judge(NormalisedText text, TermMatcher.Match<LexiconEntry> match, LexiconEntry entry,
			List<TermMatcher.Match<ContextPhrase>> benign) {
		int start = match.start();
		int end = match.end();
		List<ContextPhrase> covering = benign.stream()
			.filter((phrase) -> phrase.covers(start, end))
			.flatMap((phrase) -> phrase.values().stream())
			.toList();
		if (covering.stream().anyMatch((phrase) -> phrase.level() == null)) {
			return Optional.empty();
		}
		if (!covering.isEmpty()) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.PHRASE));
		}
		if (entry.level() == Level.REVIEW) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.LEXICON));
		}
		if (this.context.negated(text, start)) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.NEGATION));
		}
		if (this.context.quoted(text, start, end)) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.QUOTATION));
		}
		return Optional.of(new Hit(start, end, entry, Level.BLOCK, Reason.LEXICON));
	}

	/**
	 * A term inside a longer one at least as severe ("最低" in "全网最低价") is the same claim.
	 */
	private static List<Hit> outermost(List<Hit> hits) {
		return hits.stream().filter((hit) -> hits.stream().noneMatch((other) -> other.swallows(hit))).toList();
	}

	private static ComplianceReport report(NormalisedText text, List<Hit> hits) {
		Set<Finding> blocking = new LinkedHashSet<>();
		Set<Finding> review = new LinkedHashSet<>();
		hits.stream().sorted(Comparator.comparingInt(Hit::start)).forEach((hit) -> {
			Finding finding = new Finding(Finding.Stage.COMPLIANCE, hit.entry().code(),
					hit.entry().basis() + hit.reason().note(hit.level()), text.originalOf(hit.start(), hit.end()));
			(hit.level() == Level.BLOCK ? blocking : review).add(finding);
		});
		return new ComplianceReport(List.copyOf(blocking), List.copyOf(review));
	}

	/** Why a hit has the level it has; review notes tell the reviewer what to look at. */
	private enum Reason {

		LEXICON("（需结合语境人工复核）"), PHRASE("（可能是如实的参数或说明，需人工复核）"), NEGATION("（出现在否定语境中，需人工复核）"),
		QUOTATION("（出现在引用语境中，需人工复核）");

		private final String reviewNote;

		Reason(String reviewNote) {
			this.reviewNote = reviewNote;
		}

		String note(Level level) {
			return (level == Level.BLOCK) ? "" : this.reviewNote;
		}

	}

	private record Hit(int start, int end, LexiconEntry entry, Level level, Reason reason) {

		boolean swallows(Hit other) {
			boolean contains = this.start <= other.start && other.end <= this.end
					&& (this.end - this.start) > (other.end - other.start);
			return contains && this.level.compareTo(other.level) >= 0;
		}

	}

}
