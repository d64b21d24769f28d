package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * A clock that moves only when told, running due tasks in time order.
 */
final class VirtualClock implements BatchClock {

	private final PriorityQueue<Task> tasks = new PriorityQueue<>();

	private long now = 1_000_000_000L;

	private long sequence;

	@Override
	public synchronized long nanoTime() {
		return this.now;
	}

	@Override
	public synchronized Cancellable schedule(Runnable task, long delayNanos) {
		Task scheduled = new Task(this.now + Math.max(0, delayNanos), this.sequence++, task);
		this.tasks.add(scheduled);
		return () -> scheduled.cancelled = true;
	}

	void advance(Duration duration) {
		long until;
		synchronized (this) {
			until = this.now + duration.toNanos();
		}
		while (true) {
			Task next;
			synchronized (this) {
				next = this.tasks.peek();
				if (next == null || next.at > until) {
					this.now = until;
					return;
				}
				this.tasks.poll();
				this.now = next.at;
			}
			if (!next.cancelled) {
				next.task.run();
			}
		}
	}

	private static final class Task implements Comparable<Task> {

		final long at;

		final long sequence;

		final Runnable task;

		volatile boolean cancelled;

		Task(long at, long sequence, Runnable task) {
			this.at = at;
			this.sequence = sequence;
			this.task = task;
		}

		@Override
		public int compareTo(Task other) {
			int byTime = Long.compare(this.at, other.at);
			return (byTime != 0) ? byTime : Long.compare(this.sequence, other.sequence);
		}

	}

}
