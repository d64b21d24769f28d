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
 * and immutable afterwards, so one instance serves any number of threads. Matching reads
 * small arrays only: a character's column (0 for the many characters in no term, which
 * lead straight back to the root), the root's move for each column, and each other
 * state's few children in one packed run, so that the tables stay in the processor's
 * cache between texts.
 *
 * @param <T> what a term stands for
 */
final class TermMatcher<T> {

	/** The state before any character. */
	static final int START = 0;

	private final char[][] labels;

	private final int[][] targets;

	private final int[] failures;

	private final int[][] outputs;

	private final List<String> terms;

	private final List<List<T>> values;

	/** Each term's length, by term id. */
	private final int[] lengths;

	/** Every UTF-16 unit to its column; 0 for those in no term. */
	private final char[] columnOf = new char[Character.MAX_VALUE + 1];

	/** The root's move for each column, 0 (the root) where it has none. */
	private int[] rootMoves;

	/**
	 * Where each state's children start in {@link #childColumns}; one more entry at the
	 * end.
	 */
	private int[] firstChild;

	/** The columns of every state's children, state after state. */
	private char[] childColumns;

	/** The children, in the order of {@link #childColumns}. */
	private int[] childStates;

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
		this.lengths = terms.stream().mapToInt(String::length).toArray();
		link(trie);
		pack(terms);
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
		int state = START;
		for (int i = 0; i < text.length(); i++) {
			state = next(state, text.charAt(i));
			for (int term : ending(state)) {
				matches.add(new Match<>(i + 1 - this.lengths[term], i + 1, this.values.get(term)));
			}
		}
		return matches;
	}

	/**
	 * The state after one more character of a text, for callers that walk a text
	 * themselves; {@link #START} before the first.
	 * @param state the state before the character
	 * @param c the character
	 * @return the state after it
	 */
	int next(int state, char c) {
		return move(state, this.columnOf[c]);
	}

	/**
	 * The terms that end where a state is reached, by id; empty for most states.
	 * @param state a state from {@link #next}
	 * @return the ids, for {@link #length} and {@link #values}
	 */
	int[] ending(int state) {
		return this.outputs[state];
	}

	/** The length of a term, by id. */
	int length(int term) {
		return this.lengths[term];
	}

	/** What a term stands for, by id. */
	List<T> values(int term) {
		return this.values.get(term);
	}

	private int move(int from, int column) {
		if (column == 0) {
			return START;
		}
		int state = from;
		while (state != START) {
			for (int k = this.firstChild[state]; k < this.firstChild[state + 1]; k++) {
				if (this.childColumns[k] == column) {
					return this.childStates[k];
				}
			}
			state = this.failures[state];
		}
		return this.rootMoves[column];
	}

	private int child(int state, char c) {
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
				while (fallback != 0 && child(fallback, c) < 0) {
					fallback = this.failures[fallback];
				}
				int failure = child(fallback, c);
				this.failures[child] = (failure < 0 || failure == child) ? 0 : failure;
				this.outputs[child] = concat(trie.ends(child), this.outputs[this.failures[child]]);
				queue.add(child);
			}
		}
	}

	private void pack(List<String> terms) {
		int columns = 1;
		for (String term : terms) {
			for (char c : term.toCharArray()) {
				if (this.columnOf[c] == 0) {
					this.columnOf[c] = (char) columns++;
				}
			}
		}
		int states = this.labels.length;
		this.rootMoves = new int[columns];
		for (int k = 0; k < this.labels[0].length; k++) {
			this.rootMoves[this.columnOf[this.labels[0][k]]] = this.targets[0][k];
		}
		this.firstChild = new int[states + 1];
		for (int state = 1; state < states; state++) {
			this.firstChild[state + 1] = this.firstChild[state] + this.labels[state].length;
		}
		this.childColumns = new char[this.firstChild[states]];
		this.childStates = new int[this.firstChild[states]];
		for (int state = 1; state < states; state++) {
			for (int k = 0; k < this.labels[state].length; k++) {
				this.childColumns[this.firstChild[state] + k] = this.columnOf[this.labels[state][k]];
				this.childStates[this.firstChild[state] + k] = this.targets[state][k];
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
