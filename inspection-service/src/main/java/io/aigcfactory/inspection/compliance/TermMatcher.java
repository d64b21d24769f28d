package io.aigcfactory.inspection.compliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of many terms in one pass over a text (Aho–Corasick). Built once
 * and immutable afterwards, so one instance serves any number of threads.
 *
 * @param <T> what a term stands for
 */
final class TermMatcher<T> {

	private final char[][] labels;

	private final int[][] targets;

	private final int[] failures;

	private final int[][] outputs;

	private final List<String> terms;

	private final List<List<T>> values;

	/** ASCII character to its column in {@link #asciiMoves}; 0 for those in no term. */
	private final byte[] asciiColumns = new byte[128];

	/**
	 * The complete transition function for ASCII characters, failures folded in:
	 * {@code asciiMoves[state * columns + column]}. Pinyin and Latin text step through it
	 * with one array read a character.
	 */
	private int[] asciiMoves;

	private int columns;

	/** The root's moves for every UTF-16 unit: most steps of CJK text start there. */
	private final int[] rootMoves = new int[Character.MAX_VALUE + 1];

	private TermMatcher(Trie trie, List<String> terms, List<List<T>> values) {
		int size = trie.children.size();
		this.labels = new char[size][];
		this.targets = new int[size][];
		for (int state = 0; state < size; state++) {
			Map<Character, Integer> children = trie.children.get(state);
			char[] keys = new char[children.size()];
			int i = 0;
			for (char key : children.keySet()) {
				keys[i++] = key;
			}
			Arrays.sort(keys);
			int[] next = new int[keys.length];
			for (int k = 0; k < keys.length; k++) {
				next[k] = children.get(keys[k]);
			}
			this.labels[state] = keys;
			this.targets[state] = next;
		}
		this.failures = new int[size];
		this.outputs = new int[size][];
		this.terms = List.copyOf(terms);
		this.values = values.stream().map(List::copyOf).toList();
		link(trie);
		foldAsciiMoves(terms);
		for (int k = 0; k < this.labels[0].length; k++) {
			this.rootMoves[this.labels[0][k]] = this.targets[0][k];
		}
	}

	/**
	 * Builds a matcher for the given terms; several values may share a term.
	 * @param <T> what a term stands for
	 * @param entries term to the values it stands for, in a stable order
	 * @return the matcher
	 */
	static <T> TermMatcher<T> of(Map<String, List<T>> entries) {
		Trie trie = new Trie();
		List<String> terms = new ArrayList<>();
		List<List<T>> values = new ArrayList<>();
		for (Map.Entry<String, List<T>> entry : new LinkedHashMap<>(entries).entrySet()) {
			if (entry.getKey().isEmpty()) {
				continue;
			}
			trie.add(entry.getKey(), terms.size());
			terms.add(entry.getKey());
			values.add(entry.getValue());
		}
		return new TermMatcher<>(trie, terms, values);
	}

	/** Every occurrence of every term in the text, overlapping ones included, by end. */
	List<Match<T>> findAll(CharSequence text) {
		List<Match<T>> matches = new ArrayList<>();
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				state = this.asciiMoves[state * this.columns + this.asciiColumns[c]];
			}
			else {
				int next = (state == 0) ? this.rootMoves[c] : step(state, c);
				while (next < 0 && state != 0) {
					state = this.failures[state];
					next = (state == 0) ? this.rootMoves[c] : step(state, c);
				}
				state = Math.max(next, 0);
			}
			for (int term : this.outputs[state]) {
				int length = this.terms.get(term).length();
				matches.add(new Match<>(i + 1 - length, i + 1, this.values.get(term)));
			}
		}
		return matches;
	}

	private int step(int state, char c) {
		int at = Arrays.binarySearch(this.labels[state], c);
		return (at < 0) ? -1 : this.targets[state][at];
	}

	/** Breadth first, so that a state's failure state is complete before the state. */
	private void link(Trie trie) {
		this.outputs[0] = new int[0];
		Queue<Integer> queue = new ArrayDeque<>();
		for (int child : this.targets[0]) {
			this.failures[child] = 0;
			this.outputs[child] = trie.ends(child);
			queue.add(child);
		}
		while (!queue.isEmpty()) {
			int state = queue.remove();
			for (int k = 0; k < this.labels[state].length; k++) {
				char c = this.labels[state][k];
				int child = this.targets[state][k];
				int fallback = this.failures[state];
				while (fallback != 0 && step(fallback, c) < 0) {
					fallback = this.failures[fallback];
				}
				int failure = step(fallback, c);
				this.failures[child] = (failure < 0 || failure == child) ? 0 : failure;
				this.outputs[child] = concat(trie.ends(child), this.outputs[this.failures[child]]);
				queue.add(child);
			}
		}
	}

	private void foldAsciiMoves(List<String> terms) {
		int column = 1;
		for (String term : terms) {
			for (char c : term.toCharArray()) {
				if (c < 128 && this.asciiColumns[c] == 0) {
					this.asciiColumns[c] = (byte) column++;
				}
			}
		}
		this.columns = column;
		int states = this.labels.length;
		this.asciiMoves = new int[states * this.columns];
		// Breadth first, so that a state's failure state has its row before the state.
		Queue<Integer> queue = new ArrayDeque<>(List.of(0));
		boolean[] seen = new boolean[states];
		seen[0] = true;
		while (!queue.isEmpty()) {
			int state = queue.remove();
			for (char c = 0; c < 128; c++) {
				int col = this.asciiColumns[c];
				if (col == 0) {
					continue;
				}
				int next = step(state, c);
				int move = (next >= 0) ? next
						: ((state == 0) ? 0 : this.asciiMoves[this.failures[state] * this.columns + col]);
				this.asciiMoves[state * this.columns + col] = move;
			}
			for (int child : this.targets[state]) {
				if (!seen[child]) {
					seen[child] = true;
					queue.add(child);
				}
			}
		}
	}

	private static int[] concat(int[] own, int[] inherited) {
		int[] all = Arrays.copyOf(own, own.length + inherited.length);
		System.arraycopy(inherited, 0, all, own.length, inherited.length);
		return all;
	}

	/**
	 * One occurrence of a term.
	 *
	 * @param <T> what the term stands for
	 * @param start where it starts in the searched text
	 * @param end where it ends, exclusive
	 * @param values what the term stands for
	 */
	record Match<T>(int start, int end, List<T> values) {

		boolean covers(int from, int to) {
			return this.start <= from && to <= this.end;
		}

	}

	/** The goto function while it is being built. */
	private static final class Trie {

		final List<Map<Character, Integer>> children = new ArrayList<>(List.of(new HashMap<>()));

		final Map<Integer, Integer> termEndingAt = new HashMap<>();

		void add(String term, int id) {
			int state = 0;
			for (int i = 0; i < term.length(); i++) {
				Map<Character, Integer> next = this.children.get(state);
				Integer child = next.get(term.charAt(i));
				if (child == null) {
					child = this.children.size();
					this.children.add(new HashMap<>());
					next.put(term.charAt(i), child);
				}
				state = child;
			}
			this.termEndingAt.put(state, id);
		}

		int[] ends(int state) {
			Integer id = this.termEndingAt.get(state);
			return (id != null) ? new int[] { id } : new int[0];
		}

	}

}
