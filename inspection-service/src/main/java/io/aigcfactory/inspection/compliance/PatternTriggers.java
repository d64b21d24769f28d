package io.aigcfactory.inspection.compliance;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which claim patterns can match a text at all, from the characters in it: a pattern runs
 * only on a text that holds one of the literal characters written in the pattern, since
 * every pattern has a part that only literal characters match (README of the lexicon).
 * One pass over the text instead of one regular-expression search per pattern.
 */
final class PatternTriggers {

	private final List<ClaimPattern> patterns;

	private final Map<Character, BitSet> byCharacter = new HashMap<>();

	private final BitSet always = new BitSet();

	PatternTriggers(List<ClaimPattern> patterns) {
		this.patterns = patterns.stream().map(PatternTriggers::anchored).toList();
		for (int i = 0; i < this.patterns.size(); i++) {
			String first = firstCharacters(patterns.get(i).regex().pattern());
			String literals = (first != null && !first.contains("\\")) ? first
					: literals(patterns.get(i).regex().pattern());
			if (literals.isEmpty()) {
				this.always.set(i);
			}
			for (char c : literals.toCharArray()) {
				this.byCharacter.computeIfAbsent(c, (key) -> new BitSet()).set(i);
			}
		}
	}

	/** The patterns that may match the normalised text, in pack order. */
	List<ClaimPattern> candidates(String text) {
		BitSet candidates = (BitSet) this.always.clone();
		for (int i = 0; i < text.length(); i++) {
			BitSet triggered = this.byCharacter.get(text.charAt(i));
			if (triggered != null) {
				candidates.or(triggered);
			}
		}
		List<ClaimPattern> found = new ArrayList<>(candidates.cardinality());
		candidates.stream().forEach((i) -> found.add(this.patterns.get(i)));
		return found;
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
		int depth = 0;
		for (int i = 0; i < regex.length(); i++) {
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
