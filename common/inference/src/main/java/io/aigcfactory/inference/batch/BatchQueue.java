package io.aigcfactory.inference.batch;

import java.util.ArrayDeque;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One FIFO per priority level, each bounded on its own so that a flood at a low level
 * cannot take the room of a higher one. Cancelled or expired items leave the counts at
 * once and the deques lazily, which keeps removal O(1). Guarded by the batcher's lock.
 */
final class BatchQueue<I, O> {

	private final ArrayDeque<Pending<I, O>>[] levels;

	private final int[] counts;

	private final long[] costs;

	private final int maxPerLevel;

	private int items;

	private long cost;

	@SuppressWarnings("unchecked")
	BatchQueue(int levels, int maxPerLevel) {
		this.levels = new ArrayDeque[levels];
		for (int i = 0; i < levels; i++) {
			this.levels[i] = new ArrayDeque<>();
		}
		this.counts = new int[levels];
		this.costs = new long[levels];
		this.maxPerLevel = maxPerLevel;
	}

	int items() {
		return this.items;
	}

	long cost() {
		return this.cost;
	}

	boolean full(int level) {
		return this.counts[level] >= this.maxPerLevel;
	}

	void add(Pending<I, O> pending) {
		this.levels[pending.level].addLast(pending);
		account(pending, 1);
	}

	/**
	 * Puts dispatched items back at the head of their levels, in their order, ahead of
	 * everything that waits: they were admitted first.
	 */
	void returnFirst(List<Pending<I, O>> returned) {
		for (int i = returned.size() - 1; i >= 0; i--) {
			Pending<I, O> pending = returned.get(i);
			this.levels[pending.level].addFirst(pending);
			account(pending, 1);
		}
	}

	/**
	 * Forgets an item that left the queue other than through {@link #poll(int)}.
	 */
	void discard(Pending<I, O> pending) {
		account(pending, -1);
	}

	/**
	 * Cost and item count waiting at this level or a higher one.
	 */
	long costAtOrAbove(int level) {
		long sum = 0;
		for (int i = 0; i <= level; i++) {
			sum += this.costs[i];
		}
		return sum;
	}

	int itemsAtOrAbove(int level) {
		int sum = 0;
		for (int i = 0; i <= level; i++) {
			sum += this.counts[i];
		}
		return sum;
	}

	/**
	 * The next live item of a level without taking it.
	 */
	@Nullable Pending<I, O> peek(int level) {
		ArrayDeque<Pending<I, O>> deque = this.levels[level];
		Pending<I, O> head = deque.peekFirst();
		while (head != null && head.state != Pending.QUEUED) {
			deque.pollFirst();
			head = deque.peekFirst();
		}
		return head;
	}

	/**
	 * Takes the item {@link #peek(int)} returned.
	 */
	Pending<I, O> poll(int level) {
		Pending<I, O> pending = this.levels[level].pollFirst();
		account(pending, -1);
		return pending;
	}

	/**
	 * The longest-waiting live item, or {@code null} if none waits.
	 */
	@Nullable Pending<I, O> oldest() {
		Pending<I, O> oldest = null;
		for (int level = 0; level < this.levels.length; level++) {
			Pending<I, O> head = peek(level);
			if (head != null && (oldest == null || head.enqueuedAt - oldest.enqueuedAt < 0)) {
				oldest = head;
			}
		}
		return oldest;
	}

	int levels() {
		return this.levels.length;
	}

	private void account(Pending<I, O> pending, int sign) {
		this.counts[pending.level] += sign;
		this.costs[pending.level] += sign * pending.cost;
		this.items += sign;
		this.cost += sign * pending.cost;
	}

}
