package io.aigcfactory.creative.brand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What makes a brand kit valid: one to six {@code #RRGGBB} colours, a few tone words,
 * bounded lists of banned words and required phrases, and no required phrase that holds a
 * banned word or a restricted term. Every problem names its field.
 */
final class BrandKitRules {

	static final int MAX_COLOURS = 6;

	private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private final BrandSettings settings;

	private final RestrictedWording restricted;

	BrandKitRules(BrandSettings settings, RestrictedWording restricted) {
		this.settings = settings;
		this.restricted = restricted;
	}

	/** The kit's name, stripped, if it is a usable one. */
	String name(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > this.settings.maxNameLength()
				|| stripped.codePoints().anyMatch(Character::isISOControl) || stripped.contains("/")) {
			throw InvalidInput.of("name", "must be 1-" + this.settings.maxNameLength()
					+ " characters without '/' or control characters, the product's brand as submitted");
		}
		return stripped;
	}

	/**
	 * The kit a draft describes, colours in upper case and duplicates dropped.
	 * @throws InvalidInput naming every field that is wrong
	 */
	BrandKit kit(String name, BrandKitDraft draft, @Nullable String logo) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> colours = entries("colours", draft.colours(), 1, MAX_COLOURS, 7, problems);
		List<@Nullable String> givenColours = (draft.colours() != null) ? draft.colours() : List.of();
		for (int i = 0; i < givenColours.size(); i++) {
			String colour = givenColours.get(i);
			if (colour != null && !colour.isBlank() && !COLOUR.matcher(colour.strip()).matches()) {
				problems.add(FieldProblem.of("colours[" + i + "]", "must be a colour as #RRGGBB"));
			}
		}
		List<String> voice = entries("voice", draft.voice(), 0, this.settings.maxVoiceWords(),
				this.settings.maxWordLength(), problems);
		List<String> banned = entries("bannedWords", draft.bannedWords(), 0, this.settings.maxListEntries(),
				this.settings.maxWordLength(), problems);
		List<String> required = entries("requiredPhrases", draft.requiredPhrases(), 0, this.settings.maxListEntries(),
				this.settings.maxPhraseLength(), problems);
		String foldedName = fold(name);
		for (int i = 0; i < banned.size(); i++) {
			String word = fold(banned.get(i));
			if (!word.isEmpty() && foldedName.contains(word)) {
				problems.add(FieldProblem.of("bannedWords",
						"holds '" + banned.get(i) + "', which is part of the brand's own name"));
			}
		}
		List<@Nullable String> givenPhrases = (draft.requiredPhrases() != null) ? draft.requiredPhrases() : List.of();
		for (int i = 0; i < givenPhrases.size(); i++) {
			String given = givenPhrases.get(i);
			String phrase = (given != null) ? given.strip() : "";
			if (!required.contains(phrase)) {
				continue;
			}
			String folded = fold(phrase);
			String clash = banned.stream()
				.filter((word) -> !fold(word).isEmpty() && folded.contains(fold(word)))
				.findFirst()
				.orElse(null);
			if (clash != null) {
				problems.add(FieldProblem.of("requiredPhrases[" + i + "]", "contains the banned word '" + clash + "'"));
			}
			else if (this.restricted.restricted(phrase)) {
				problems.add(FieldProblem.of("requiredPhrases[" + i + "]",
						"contains a term restricted by the Advertising Law, which copy must not carry"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new BrandKit(name, colours.stream().map((colour) -> colour.toUpperCase(Locale.ROOT)).distinct().toList(),
				logo, voice, banned, required);
	}

	/**
	 * The stripped, distinct entries of a list, with a problem for a wrong count and for
	 * each blank, missing or overlong entry.
	 */
	private static List<String> entries(String field, @Nullable List<@Nullable String> values, int min, int max,
			int maxLength, List<FieldProblem> problems) {
		List<@Nullable String> given = (values != null) ? values : List.of();
		if (given.size() < min || given.size() > max) {
			problems.add(FieldProblem.of(field, "must hold " + min + " to " + max + " entries"));
		}
		Set<String> kept = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String value = given.get(i);
			String stripped = (value != null) ? value.strip() : "";
			if (stripped.isEmpty()) {
				problems.add(FieldProblem.of(field + "[" + i + "]", "must not be blank"));
			}
			else if (stripped.codePointCount(0, stripped.length()) > maxLength) {
				problems.add(FieldProblem.of(field + "[" + i + "]", "must be at most " + maxLength + " characters"));
			}
			else if (stripped.codePoints().anyMatch(Character::isISOControl)) {
				problems.add(FieldProblem.of(field + "[" + i + "]", "must not hold control characters"));
			}
			else {
				kept.add(stripped);
			}
		}
		return List.copyOf(kept);
	}

	/** Text compared without width, case, spaces or symbols. */
	static String fold(String text) {
		String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(compatible.length());
		compatible.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
