package io.aigcfactory.inspection.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which claim patterns can match a text at all, from the characters in it. An expression
 * is read as a sequence of parts; each part that every match must contain (a literal, a
 * character class, or a group of branches that each start with a literal, without a
 * quantifier that allows it to be absent) requires one of its possible first characters
 * in the text. A pattern runs only on a text that holds a character for each of its
 * required parts; one whose parts cannot be read that way runs on texts that hold any
 * literal character written in it (every pattern has one, README of the lexicon). One
 * pass over the text decides for all patterns.
 */
final class PatternTriggers {

	private final List<ClaimPattern> patterns;

	/**
	 * The required parts each UTF-16 unit satisfies, as words of bits; {@code null} for
	 * most.
	 */
	private final long[][] satisfies = new long[Character.MAX_VALUE + 1][];

	/**
	 * Each pattern's required parts as words of bits; all zero for a pattern that always
	 * runs.
	 */
	private final long[][] needs;

	private final int words;

	PatternTriggers(List<ClaimPattern> patterns) {
		this.patterns = patterns.stream().map(PatternTriggers::anchored).toList();
		List<List<String>> parts = patterns.stream().map((pattern) -> parts(pattern.regex().pattern())).toList();
		this.words = Math.max(1, (parts.stream().mapToInt(List::size).sum() + Long.SIZE - 1) / Long.SIZE);
		this.needs = new long[patterns.size()][this.words];
		int bit = 0;
		for (int i = 0; i < patterns.size(); i++) {
			for (String part : parts.get(i)) {
				this.needs[i][bit / Long.SIZE] |= 1L << bit;
				for (char c : part.toCharArray()) {
					if (this.satisfies[c] == null) {
						this.satisfies[c] = new long[this.words];
					}
					this.satisfies[c][bit / Long.SIZE] |= 1L << bit;
				}
				bit++;
			}
		}
	}

	/** The patterns that may match the normalised text, in pack order. */
	List<ClaimPattern> candidates(String text) {
		long[] present = new long[this.words];
		for (int i = 0; i < text.length(); i++) {
			long[] satisfied = this.satisfies[text.charAt(i)];
			if (satisfied != null) {
				for (int w = 0; w < present.length; w++) {
					present[w] |= satisfied[w];
				}
			}
		}
		List<ClaimPattern> found = new ArrayList<>();
		for (int i = 0; i < this.needs.length; i++) {
			if (holds(present, this.needs[i])) {
				found.add(this.patterns.get(i));
			}
		}
		return found;
	}

	private static boolean holds(long[] present, long[] needed) {
		for (int w = 0; w < needed.length; w++) {
			if ((present[w] & needed[w]) != needed[w]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The characters that each required part of an expression can start with; the
	 * expression's literal characters as a single part when no part can be read; no part
	 * for an expression without literals, which then always runs.
	 */
	static List<String> parts(String regex) {
		List<String> required = requiredParts(regex);
		if (!required.isEmpty()) {
			return required;
		}
		String literals = literals(regex);
		return literals.isEmpty() ? List.of() : List.of(literals);
	}

	/**
	 * The first characters of each top-level part that every match contains; empty when
	 * the expression branches at the top level.
	 */
	static List<String> requiredParts(String regex) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			String part = null;
			int next = i + 1;
			if (c == '|') {
				return List.of();
			}
			if (c == '(') {
				int close = closingParenthesis(regex, i);
				if (close < 0) {
					return List.of();
				}
				part = firstCharacters(regex.substring(i, close + 1));
				next = close + 1;
			}
			else if (c == '[') {
				int close = regex.indexOf(']', i + 1);
				if (close < 0) {
					return List.of();
				}
				part = classCharacters(regex.substring(i + 1, close));
				next = close + 1;
			}
			else if (c == '\\') {
				next = skipEscape(regex, i) + 1;
			}
			else if (literal(c)) {
				part = String.valueOf(c);
			}
			boolean optional = optional(regex, next) && !regex.startsWith("{1", next);
			next = afterQuantifier(regex, next);
			if (part != null && !part.isEmpty() && !optional) {
				parts.add(distinct(part));
			}
			i = next;
		}
		return parts;
	}

	/**
	 * The characters a simple class matches, {@code \\d} spelt out; {@code null} for
	 * others.
	 */
	private static @Nullable String classCharacters(String inside) {
		if (inside.isEmpty() || inside.charAt(0) == '^' || inside.indexOf('-') >= 0) {
			return null;
		}
		StringBuilder characters = new StringBuilder();
		for (int i = 0; i < inside.length(); i++) {
			char c = inside.charAt(i);
			if (c == '\\') {
				if (i + 1 >= inside.length() || inside.charAt(i + 1) != 'd') {
					return null;
				}
				characters.append("0123456789");
				i++;
			}
			else {
				characters.append(c);
			}
		}
		return characters.toString();
	}

	private static String distinct(String characters) {
		StringBuilder distinct = new StringBuilder();
		characters.chars().distinct().forEach((c) -> distinct.append((char) c));
		return distinct.toString();
	}

	private static int afterQuantifier(String regex, int at) {
		int next = at;
		if (next < regex.length() && regex.charAt(next) == '{') {
			next = regex.indexOf('}', next) + 1;
		}
		else if (next < regex.length() && "?*+".indexOf(regex.charAt(next)) >= 0) {
			next++;
		}
		else {
			return next;
		}
		return (next < regex.length() && "?+".indexOf(regex.charAt(next)) >= 0) ? next + 1 : next;
	}

	/**
	 * The pattern with a look-ahead for the characters a match can start with, when they
	 * can be read off the expression: a failed start then costs one character test
	 * instead of one per branch.
	 */
	private static ClaimPattern anchored(ClaimPattern pattern) {
		String first = firstCharacters(pattern.regex().pattern());
		if (first == null) {
			return pattern;
		}
		return new ClaimPattern(Pattern.compile("(?=[" + first + "])" + pattern.regex().pattern()), pattern.entry());
	}

	/**
	 * The characters a match must start with, as the inside of a character class, for
	 * expressions that start with a literal, a character class, or a group of branches
	 * that each start with a literal; {@code null} for any other start.
	 */
	static @Nullable String firstCharacters(String regex) {
		if (regex.isEmpty()) {
			return null;
		}
		char c = regex.charAt(0);
		if (c == '[') {
			int close = regex.indexOf(']');
			boolean simple = close > 1 && regex.charAt(1) != '^'
					&& (regex.indexOf('[', 1) < 0 || regex.indexOf('[', 1) > close);
			return (simple && !optional(regex, close + 1)) ? regex.substring(1, close) : null;
		}
		if (c == '(') {
			int close = closingParenthesis(regex);
			if (close < 0 || optional(regex, close + 1) || regex.startsWith("(?")) {
				return null;
			}
			StringBuilder first = new StringBuilder();
			for (String branch : topLevelBranches(regex.substring(1, close))) {
				if (branch.isEmpty() || !literal(branch.charAt(0)) || optional(branch, 1)) {
					return null;
				}
				first.append(branch.charAt(0));
			}
			return first.toString();
		}
		return (literal(c) && !optional(regex, 1)) ? String.valueOf(c) : null;
	}

	private static boolean literal(char c) {
		return Character.isLetterOrDigit(c) || c == '%';
	}

	private static boolean optional(String regex, int at) {
		return at < regex.length() && "?*{".indexOf(regex.charAt(at)) >= 0;
	}

	private static int closingParenthesis(String regex) {
		return closingParenthesis(regex, 0);
	}

	private static int closingParenthesis(String regex, int open) {
		int depth = 0;
		for (int i = open; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> topLevelBranches(String group) {
		List<String> branches = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < group.length(); i++) {
			char c = group.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '(' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == ']') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				branches.add(group.substring(start, i));
				start = i + 1;
			}
		}
		branches.add(group.substring(start));
		return branches;
	}

	/**
	 * The literal characters written in an expression: letters, digits and {@code %}
	 * outside escapes, property names and quantifier braces.
	 */
	static String literals(String regex) {
		StringBuilder literals = new StringBuilder();
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i = skipEscape(regex, i);
			}
			else if (c == '{') {
				i = regex.indexOf('}', i);
			}
			else if (Character.isLetterOrDigit(c) || c == '%') {
				literals.append(c);
			}
		}
		return literals.toString();
	}

	private static int skipEscape(String regex, int backslash) {
		int next = backslash + 1;
		if (next < regex.length() && (regex.charAt(next) == 'p' || regex.charAt(next) == 'P')) {
			return regex.indexOf('}', next);
		}
		return next;
	}

}
