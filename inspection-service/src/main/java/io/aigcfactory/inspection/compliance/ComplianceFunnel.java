package io.aigcfactory.inspection.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Checks a text against the Advertising Law lexicon: normalise, match every term in one
 * pass, every term spelt by its sound, and every claim pattern, then let context decide
 * (benign phrases and readings, negation, quotation), and report one violation per claim
 * with the original spelling as evidence. Built once; safe for any number of threads.
 */
public final class ComplianceFunnel {

	private final TextNormaliser normaliser;

	private final TermMatcher<LexiconEntry> terms;

	private final SoundMatcher sounds;

	private final PatternTriggers patterns;

	private final int patternCount;

	private final TermMatcher<ContextPhrase> phrases;

	private final ClaimContext context;

	private final BenignReadings readings = new BenignReadings();

	private final FactCheck facts = new FactCheck();

	private final List<String> checks;

	ComplianceFunnel(Lexicon lexicon) {
		this.normaliser = new TextNormaliser(lexicon.characterMap(), lexicon.readings());
		Map<String, List<LexiconEntry>> byTerm = new LinkedHashMap<>();
		for (LexiconEntry entry : lexicon.entries()) {
			byTerm.computeIfAbsent(this.normaliser.fold(entry.term()), (term) -> new ArrayList<>()).add(entry);
		}
		this.terms = TermMatcher.of(byTerm);
		Map<String, List<LexiconEntry>> blocking = new LinkedHashMap<>();
		byTerm.forEach((term, entries) -> {
			List<LexiconEntry> strong = entries.stream().filter((e) -> e.level() == Level.BLOCK).toList();
			if (!strong.isEmpty()) {
				blocking.put(term, strong);
			}
		});
		this.sounds = new SoundMatcher(blocking);
		this.patterns = new PatternTriggers(lexicon.patterns());
		this.patternCount = lexicon.patterns().size();
		Map<String, List<ContextPhrase>> byPhrase = new LinkedHashMap<>();
		for (ContextPhrase phrase : lexicon.contextPhrases()) {
			byPhrase.computeIfAbsent(this.normaliser.fold(phrase.phrase()), (term) -> new ArrayList<>()).add(phrase);
		}
		this.phrases = TermMatcher.of(byPhrase);
		this.context = new ClaimContext(lexicon.negationCues().stream().map(this.normaliser::fold).toList());
		this.checks = List.of("normaliser", "lexicon:" + byTerm.size() + " terms", "pinyin-homophones",
				"patterns:" + this.patternCount, "context-rules");
	}

	/** The funnel over the lexicon shipped on the classpath under {@code compliance/}. */
	public static ComplianceFunnel withDefaultLexicon() {
		return new ComplianceFunnel(Lexicon.fromClasspath());
	}

	/**
	 * Checks one text, e.g. {@code Copy.fullText()}, whose channels are not known: every
	 * channel's rules apply.
	 * @param text the text to check
	 * @param category the product's category, e.g. {@code 美妆/面霜}; blank when unknown
	 * @return the violations, one per offending claim
	 */
	public ComplianceReport check(String text, String category) {
		return check(text, category, Set.of());
	}

	/**
	 * Checks one text published on some channels: rules of other channels do not apply.
	 * @param text the text to check
	 * @param category the product's category, e.g. {@code 美妆/面霜}; blank when unknown
	 * @param channels the channels it is published on, e.g. {@code douyin}; empty when
	 * unknown, and then every channel's rules apply
	 * @return the violations, one per offending claim
	 */
	public ComplianceReport check(String text, String category, Collection<String> channels) {
		Objects.requireNonNull(text, "text");
		Set<String> channelNames = channels.isEmpty() ? Set.of()
				: channels.stream().map(ChannelScope::name).collect(Collectors.toUnmodifiableSet());
		NormalisedText normalised = this.normaliser.normalise(text);
		String folded = normalised.text();
		String normalisedCategory = this.normaliser.fold(Objects.requireNonNullElse(category, ""));
		List<TermMatcher.Match<ContextPhrase>> benign = this.phrases.findAll(folded);
		List<TermMatcher.Match<LexiconEntry>> termMatches = this.terms.findAll(folded);
		List<Hit> hits = new ArrayList<>();
		for (TermMatcher.Match<LexiconEntry> match : termMatches) {
			if (this.context.standsAlone(normalised, match.start(), match.end())) {
				strongestFor(match.values(), normalisedCategory, channelNames)
					.flatMap((entry) -> judge(normalised, match.start(), match.end(), entry, Reason.LEXICON, benign))
					.ifPresent(hits::add);
			}
		}
		for (SoundMatcher.Spelling spelling : this.sounds.findAll(folded)) {
			if (!insideTerm(termMatches, spelling.start(), spelling.end()) && standsForTheTerm(normalised, spelling)) {
				Reason reason = spelling.pinyin() ? Reason.PINYIN : Reason.HOMOPHONE;
				strongestFor(spelling.term().entries(), normalisedCategory, channelNames)
					.flatMap((entry) -> judge(normalised, spelling.start(), spelling.end(), entry, reason, benign))
					.ifPresent(hits::add);
			}
		}
		for (ClaimPattern pattern : this.patterns.candidates(folded)) {
			if (!pattern.entry().appliesTo(normalisedCategory, channelNames)) {
				continue;
			}
			Matcher matcher = pattern.regex().matcher(folded);
			while (matcher.find()) {
				if (matcher.end() > matcher.start() && !insideTerm(termMatches, matcher.start(), matcher.end())) {
					judge(normalised, matcher.start(), matcher.end(), pattern.entry(), Reason.PATTERN, benign)
						.ifPresent(hits::add);
				}
			}
		}
		return report(normalised, outermost(hits));
	}

	/**
	 * The listed terms a text holds, as a term scanner reports them: found after the
	 * normaliser (look-alike and variant characters, symbols, spaces and emoji inserted
	 * between characters, width, case, traditional forms) and by sound (pinyin and
	 * homophones of the blocking terms), without the claim patterns, the context rules or
	 * a verdict. The benchmarks compare it with other term scanners; the service runs
	 * {@link #check}.
	 * @param text the text to scan
	 * @return each listed term found, as listed, in the order found (terms first, then
	 * spellings by sound)
	 */
	public List<String> scanTerms(String text) {
		return scanTerms(text, true);
	}

	/**
	 * The listed terms a text holds, found after the normaliser, and by sound only when
	 * asked: the funnel's first two stages ({@code normaliser} and {@code lexicon}) alone
	 * when {@code bySound} is false, which is what a term scanner such as sensitive-word
	 * does.
	 * @param text the text to scan
	 * @param bySound whether pinyin and homophone spellings count
	 * @return each listed term found, as listed, in the order found (terms first, then
	 * spellings by sound)
	 */
	public List<String> scanTerms(String text, boolean bySound) {
		Objects.requireNonNull(text, "text");
		NormalisedText normalised = this.normaliser.normalise(text);
		String folded = normalised.text();
		List<String> found = new ArrayList<>();
		List<SoundMatcher.Spelling> spellings;
		if (!bySound || SoundMatcher.hasLatin(folded)) {
			for (TermMatcher.Match<LexiconEntry> match : this.terms.findAll(folded)) {
				found.add(match.values().getFirst().term());
			}
			if (!bySound) {
				return found;
			}
			spellings = this.sounds.findAll(folded);
		}
		else {
			// Most copy: the terms and their homophones in one walk over the text.
			spellings = new ArrayList<>();
			int termState = TermMatcher.START;
			int soundState = TermMatcher.START;
			for (int i = 0; i < folded.length(); i++) {
				char c = folded.charAt(i);
				termState = this.terms.next(termState, c);
				for (int term : this.terms.ending(termState)) {
					found.add(this.terms.values(term).getFirst().term());
				}
				soundState = this.sounds.nextHomophone(soundState, c);
				this.sounds.homophonesEnding(folded, i + 1, soundState, spellings);
			}
		}
		for (SoundMatcher.Spelling spelling : spellings) {
			if (standsForTheTerm(normalised, spelling)) {
				found.add(spelling.term().entries().getFirst().term());
			}
		}
		return found;
	}

	/**
	 * Whether a spelling by sound stands for its term: pinyin always, homophone
	 * characters only written together.
	 */
	private static boolean standsForTheTerm(NormalisedText normalised, SoundMatcher.Spelling spelling) {
		return spelling.pinyin() || unbroken(normalised, spelling.start(), spelling.end());
	}

	/**
	 * Whether a span is written in the original text without anything between its
	 * characters. Homophone characters are ordinary words unless they stand together:
	 * "顺手？\n家用" holds no 首家, while an evasion of a listed term by its sound keeps it
	 * whole ("醉佳"); separators inside a term or its pinyin are caught as written.
	 */
	private static boolean unbroken(NormalisedText normalised, int start, int end) {
		return normalised.originalEnd(end - 1) - normalised.originalStart(start) == end - start;
	}

	/**
	 * Checks one text and compares its quantities with the product's own facts.
	 * @param text the text to check
	 * @param category the product's category; blank when unknown
	 * @param channels the channels it is published on; empty when unknown
	 * @param facts the product's facts, e.g. its selling points; may be empty
	 * @return the violations, the facts it contradicts included
	 */
	public ComplianceReport check(String text, String category, Collection<String> channels, List<String> facts) {
		ComplianceReport report = check(text, category, channels);
		if (facts.isEmpty()) {
			return report;
		}
		return report.with(this.facts.mismatches(text, facts), List.of("facts:" + facts.size()));
	}

	/** The checks this funnel runs, for reports that say what ran. */
	public List<String> checks() {
		return this.checks;
	}

	private static boolean insideTerm(List<TermMatcher.Match<LexiconEntry>> terms, int start, int end) {
		for (TermMatcher.Match<LexiconEntry> term : terms) {
			if (term.covers(start, end)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<LexiconEntry> strongestFor(List<LexiconEntry> entries, String category,
			Set<String> channels) {
		LexiconEntry strongest = null;
		for (LexiconEntry entry : entries) {
			if (entry.appliesTo(category, channels)
					&& (strongest == null || entry.level().compareTo(strongest.level()) > 0)) {
				strongest = entry;
			}
		}
		return Optional.ofNullable(strongest);
	}

	private Optional<Hit> judge(NormalisedText text, int start, int end, LexiconEntry entry, Reason reason,
			List<TermMatcher.Match<ContextPhrase>> benign) {
		List<ContextPhrase> covering = new ArrayList<>();
		for (TermMatcher.Match<ContextPhrase> phrase : benign) {
			if (phrase.covers(start, end)) {
				covering.addAll(phrase.values());
			}
		}
		if (covering.stream().anyMatch((phrase) -> phrase.level() == null) || this.readings.benign(text, start, end)) {
			return Optional.empty();
		}
		if (!covering.isEmpty()) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.PHRASE));
		}
		if (entry.level() == Level.REVIEW) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.LEXICON));
		}
		if (this.context.negated(text, start)) {
			return Optional.empty();
		}
		if (this.context.quoted(text, start, end)) {
			return Optional.of(new Hit(start, end, entry, Level.REVIEW, Reason.QUOTATION));
		}
		Level level = (reason == Reason.HOMOPHONE) ? Level.REVIEW : Level.BLOCK;
		return Optional.of(new Hit(start, end, entry, level, reason));
	}

	/**
	 * A claim inside a longer one at least as severe ("最低" in "全网最低价") is the same claim.
	 */
	private static List<Hit> outermost(List<Hit> hits) {
		return hits.stream().filter((hit) -> hits.stream().noneMatch((other) -> other.swallows(hit))).toList();
	}

	private ComplianceReport report(NormalisedText text, List<Hit> hits) {
		List<Violation> violations = hits.stream()
			.sorted(Comparator.comparingInt(Hit::start).thenComparing(Hit::level, Comparator.reverseOrder()))
			.map((hit) -> {
				int from = text.originalStart(hit.start());
				int to = text.originalEnd(hit.end() - 1);
				LexiconEntry entry = hit.entry();
				return new Violation(entry.code(), entry.category(), hit.level(), from, to,
						text.original().substring(from, to), entry.basis(), entry.suggestion(),
						hit.reason().note(hit.level()));
			})
			.toList();
		return new ComplianceReport(violations, this.checks);
	}

	/** Why a hit has the level it has; review notes tell the reviewer what to look at. */
	private enum Reason {

		LEXICON("（需结合语境人工复核）"), PATTERN("（需结合语境人工复核）"), PINYIN("（拼音拼写，需人工复核）"), HOMOPHONE("（疑似谐音字，需人工复核）"),
		PHRASE("（可能是如实的参数或说明，需人工复核）"), QUOTATION("（出现在引用语境中，需人工复核）");

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
					&& ((this.end - this.start) > (other.end - other.start)
							|| (this.end - this.start == other.end - other.start
									&& this.reason.ordinal() < other.reason.ordinal()));
			return contains && this.level.compareTo(other.level) >= 0;
		}

	}

}
