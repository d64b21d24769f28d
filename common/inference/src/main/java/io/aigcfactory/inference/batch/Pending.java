package io.aigcfactory.inference.batch;

import java.util.concurrent.CompletableFuture;

import io.aigcfactory.inference.batch.BatchClock.Cancellable;
import org.jspecify.annotations.Nullable;

/**
 * One submitted item and the future its caller holds; cancelling the future takes the
 * item out of the queue, or out of its batch. State changes happen under the batcher's
 * lock.
 */
final class Pending<I, O> extends CompletableFuture<O> {

	static final int QUEUED = 0;

	static final int DISPATCHED = 1;

	static final int DROPPED = 2;

	final I item;

	final long cost;

	final int level;

	final long enqueuedAt;

	final long deadline;

	final @Nullable Object callerContext;

	private final DynamicBatcher<I, O> batcher;

	int state = QUEUED;

	@Nullable Cancellable deadlineTimer;

	@Nullable Dispatch<I, O> batch;

	/**
	 * Whether this item was already taken back from an endpoint that could not be
	 * reached.
	 */
	boolean retried;

	Pending(DynamicBatcher<I, O> batcher, I item, long cost, int level, long enqueuedAt, long deadline,
			@Nullable Object callerContext) {
		this.batcher = batcher;
		this.item = item;
		this.cost = cost;
		this.level = level;
		this.enqueuedAt = enqueuedAt;
		this.deadline = deadline;
		this.callerContext = callerContext;
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		boolean cancelled = super.cancel(mayInterruptIfRunning);
		if (cancelled) {
			this.batcher.cancelled(this);
		}
		return cancelled;
	}

	void stopDeadlineTimer() {
		Cancellable timer = this.deadlineTimer;
		if (timer != null) {
			timer.cancel();
		}
	}

}
