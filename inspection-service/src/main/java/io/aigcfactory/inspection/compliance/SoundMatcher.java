package io.aigcfactory.inspection.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Finds terms spelt by how they sound: in pinyin ("zui佳", "juedui"), or in other
 * characters read the same way ("醉佳" for 最佳). Text and terms are both projected onto
 * toneless pinyin (ideographs through pinyin4j, Latin letters as they are) and matched
 * there; a match must begin and end on whole syllables. Text without Latin letters, most
 * copy, can hold homophone characters only, which stand one for one for the term's: it is
 * projected one character to one syllable symbol and matched against the terms' syllable
 * sequences, without spelling the syllables out.
 */
final class SoundMatcher {

	/** Shorter sound keys ("ji") would match by accident. */
	private static final int SHORTEST_KEY = 4;

	private final TermMatcher<Sounded> matcher;

	/** The same terms keyed by their sequence of syllable symbols. */
	private final TermMatcher<Sounded> bySyllables;

	/**
	 * @param terms normalised term to its entries; only terms of two or more characters
	 * with at least one ideograph are kept
	 */
	SoundMatcher(Map<String, List<LexiconEntry>> terms) {
		Map<String, List<Sounded>> byKey = new LinkedHashMap<>();
		Map<String, List<Sounded>> bySymbols = new LinkedHashMap<>();
		terms.forEach((term, entries) -> {
			if (term.length() < 2 || term.codePoints().noneMatch(ChineseScripts::ideograph)) {
				return;
			}
			Projection projection = Projection.of(term);
			if (projection.sound().length() >= SHORTEST_KEY && projection.complete()) {
				Sounded sounded = new Sounded(term, entries);
				byKey.computeIfAbsent(projection.sound(), (key) -> new ArrayList<>()).add(sounded);
				bySymbols.computeIfAbsent(Syllables.symbols(term), (key) -> new ArrayList<>()).add(sounded);
			}
		});
		this.matcher = TermMatcher.of(byKey);
		this.bySyllables = TermMatcher.of(bySymbols);
	}

	/**
	 * Every sound-alike spelling of a term in the normalised text, with what it spells.
	 */
	List<Spelling> findAll(String text) {
		if (!hasLatin(text)) {
			return homophones(text);
		}
		Projection projection = Projection.of(text);
		List<Spelling> found = new ArrayList<>();
		for (TermMatcher.Match<Sounded> match : this.matcher.findAll(projection.sound())) {
			if (!projection.wholeSyllables(match.start(), match.end())) {
				continue;
			}
			int start = projection.owner(match.start());
			int end = projection.owner(match.end() - 1) + 1;
			String written = text.substring(start, end);
			boolean pinyin = written.chars().anyMatch(SoundMatcher::latin);
			for (Sounded sounded : match.values()) {
				if (!written.equals(sounded.term()) && (pinyin
						|| (written.length() == sounded.term().length() && sharesACharacter(written, 0, sounded.term())
								&& !substitutesWithinWords(text, start, sounded.term())))) {
					found.add(new Spelling(start, end, sounded, pinyin));
				}
			}
		}
		return found;
	}

	/** Homophone spellings in a text without Latin letters, one syllable a character. */
	private List<Spelling> homophones(String text) {
		List<Spelling> found = new ArrayList<>();
		int state = TermMatcher.START;
		for (int i = 0; i < text.length(); i++) {
			state = nextHomophone(state, text.charAt(i));
			homophonesEnding(text, i + 1, state, found);
		}
		return found;
	}

	/**
	 * Whether a normalised text holds Latin letters and so may spell a term in pinyin;
	 * without them only homophone characters can, and {@link #nextHomophone} reads it.
	 */
	static boolean hasLatin(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (latin(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The homophone matcher's state after one more character of a normalised text without
	 * Latin letters; {@link TermMatcher#START} before the first.
	 */
	int nextHomophone(int state, char c) {
		return this.bySyllables.next(state, Syllables.symbol(c));
	}

	/**
	 * Adds the homophone spellings of terms that end before {@code end} of the text,
	 * where {@link #nextHomophone} reached {@code state}.
	 */
	void homophonesEnding(String text, int end, int state, List<Spelling> into) {
		for (int id : this.bySyllables.ending(state)) {
			int start = end - this.bySyllables.length(id);
			for (Sounded sounded : this.bySyllables.values(id)) {
				String term = sounded.term();
				if (!text.startsWith(term, start) && sharesACharacter(text, start, term)
						&& !substitutesWithinWords(text, start, term)) {
					into.add(new Spelling(start, end, sounded, false));
				}
			}
		}
	}

	/**
	 * Homophone characters count only beside at least one character of the term in its
	 * place ("醉佳" for 最佳): two unrelated characters that merely sound alike ("厨房", "处方")
	 * are ordinary words.
	 */
	private static boolean sharesACharacter(String text, int start, String term) {
		for (int i = 0; i < term.length(); i++) {
			if (text.charAt(start + i) == term.charAt(i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a character standing in for one of the term's is read by the dictionary as
	 * part of a longer word ("以下主要" for 下注, "沉醉佳境" for 最佳): then the sound is a
	 * coincidence of ordinary copy, not an evasion ("嘴好用" for 最好用 keeps 嘴 on its own).
	 */
	private static boolean substitutesWithinWords(String text, int start, String term) {
		int[] substituted = IntStream.range(0, term.length())
			.filter((i) -> text.charAt(start + i) != term.charAt(i))
			.map((i) -> start + i)
			.toArray();
		return DictionaryWords.partOfLongerWord(text, start, start + term.length(), substituted);
	}

	private static boolean latin(int c) {
		return c >= 'a' && c <= 'z';
	}

	/**
	 * A term and its entries under its sound key.
	 *
	 * @param term the normalised term
	 * @param entries its entries
	 */
	record Sounded(String term, List<LexiconEntry> entries) {
	}

	/**
	 * A term written by its sound.
	 *
	 * @param start where it starts in the normalised text
	 * @param end where it ends, exclusive
	 * @param term the term it spells
	 * @param pinyin whether it is written at least partly in pinyin (otherwise in
	 * homophone characters)
	 */
	record Spelling(int start, int end, Sounded term, boolean pinyin) {
	}

	/** Text projected onto sound, with each sound character's owner in the text. */
	private record Projection(String sound, int[] owners, boolean[] syllableStarts, boolean complete) {

		static Projection of(String text) {
			StringBuilder sound = new StringBuilder(text.length() * 3);
			int[] owners = new int[text.length() * 6 + 1];
			boolean[] starts = new boolean[owners.length];
			boolean complete = true;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				String syllable = ChineseScripts.syllable(c);
				String piece = (syllable != null) ? syllable
						: (latin(c) || Character.isDigit(c)) ? String.valueOf(c) : null;
				if (piece == null) {
					complete = false;
					piece = "_";
				}
				for (int k = 0; k < piece.length(); k++) {
					owners[sound.length()] = i;
					starts[sound.length()] = (k == 0);
					sound.append(piece.charAt(k));
				}
			}
			return new Projection(sound.toString(), owners, starts, complete);
		}

		int owner(int soundIndex) {
			return this.owners[soundIndex];
		}

		boolean wholeSyllables(int start, int end) {
			boolean startsClean = this.syllableStarts[start];
			boolean endsClean = end == this.sound.length() || this.syllableStarts[end];
			return startsClean && endsClean;
		}

	}

}
