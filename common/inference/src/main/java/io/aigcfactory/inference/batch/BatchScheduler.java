package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.BatchClock.Cancellable;
import org.jspecify.annotations.Nullable;

/**
 * The batcher's decisions, all taken under its lock and none of them waiting: whether to
 * admit an item, when a batch is due, which items form it and which endpoint takes it,
 * and what to do with items nobody wants any more. It never calls a backend or a caller's
 * callback; it hands that work back to {@link DynamicBatcher} to do outside the lock.
 */
final class BatchScheduler<I, O> {

	/**
	 * Admits only work predicted to finish within this share of its time budget, since
	 * the estimate is a mean and a budget spent exactly is a deadline missed half the
	 * time.
	 */
	private static final double ADMISSION_MARGIN = 0.8;

	private final String model;

	private final BatchPolicy policy;

	private final BatchClock clock;

	private final BatchObserver observer;

	private final BatchQueue<I, O> queue;

	private final EndpointPool endpoints;

	private final ServiceTimeEstimate estimate = new ServiceTimeEstimate();

	private final long maxQueueDelay;

	private final Runnable delayElapsed;

	private final Consumer<Pending<I, O>> deadlinePassed;

	private @Nullable Cancellable delayTimer;

	private long delayTimerDue;

	private int inFlightBatches;

	private boolean closed;

	BatchScheduler(String model, BatchPolicy policy, List<String> endpoints, EjectionPolicy ejection, BatchClock clock,
			BatchObserver observer, Runnable delayElapsed, Consumer<Pending<I, O>> deadlinePassed) {
		this.model = model;
		this.policy = policy;
		this.clock = clock;
		this.observer = observer;
		this.queue = new BatchQueue<>(policy.priorityLevels(), policy.maxQueuedItems());
		this.endpoints = new EndpointPool(endpoints, policy.maxInFlightPerEndpoint(), ejection);
		this.maxQueueDelay = policy.maxQueueDelay().toNanos();
		this.delayElapsed = delayElapsed;
		this.deadlinePassed = deadlinePassed;
	}

	void enqueue(Pending<I, O> pending) {
		this.queue.add(pending);
	}

	/**
	 * Books a batch's answer: frees its slot, updates the service time estimate and the
	 * endpoint's health, then decides what goes next.
	 */
	@Nullable Work<I, O> completed(Dispatch<I, O> dispatch, boolean transportFailure, boolean unreachable, long latency,
			long now) {
		this.endpoints.release(dispatch.endpoint, transportFailure, now);
		this.inFlightBatches--;
		if (!transportFailure && !dispatch.abandoned) {
			this.estimate.record(latency);
		}
		Work<I, O> work = null;
		if (unreachable) {
			this.endpoints.ejectUnreachable(dispatch.endpoint, now);
			work = retryElsewhere(dispatch, now);
		}
		return this.endpoints.anyAdmitting(now) ? drain(now, work) : failQueued(now, work);
	}

	/**
	 * Gives the members of a batch whose endpoint could not be reached one more chance:
	 * they go back to the head of the queue, ahead of everything that waits, and the
	 * drain that follows sends them to an endpoint that still admits work. A pod that
	 * went away should not cost its callers their requests while other pods serve the
	 * model.
	 */
	private @Nullable Work<I, O> retryElsewhere(Dispatch<I, O> failed, long now) {
		if (!this.endpoints.anyAdmittingBesides(failed.endpoint, now)) {
			return null;
		}
		List<Pending<I, O>> returned = new ArrayList<>(failed.members.size());
		for (Pending<I, O> member : failed.members) {
			if (member.state == Pending.DISPATCHED && !member.retried && member.deadline - now > 0) {
				member.retried = true;
				member.state = Pending.QUEUED;
				member.batch = null;
				returned.add(member);
			}
		}
		if (returned.isEmpty()) {
			return null;
		}
		this.queue.returnFirst(returned);
		Work<I, O> work = new Work<>();
		work.retried.addAll(returned);
		return work;
	}

	/**
	 * Refuses new work and fails what waits.
	 */
	Work<I, O> close() {
		this.closed = true;
		cancelDelayTimer();
		return failAll(new InferenceException(Reason.CANCELLED, "Batcher of model '" + this.model + "' is closed"),
				null);
	}

	void delayTimerFired() {
		this.delayTimer = null;
	}

	BatcherStats stats() {
		return new BatcherStats(this.queue.items(), this.inFlightBatches, this.estimate.latencyNanos());
	}

	int inFlight(int endpoint) {
		return this.endpoints.all().get(endpoint).inFlight();
	}

	private Work<I, O> failAll(InferenceException failure, @Nullable Work<I, O> started) {
		Work<I, O> work = Work.orNew(started);
		for (int level = 0; level < this.queue.levels(); level++) {
			while (this.queue.peek(level) != null) {
				Pending<I, O> pending = this.queue.poll(level);
				pending.state = Pending.DROPPED;
				work.fail(pending, failure);
			}
		}
		return work;
	}

	@Nullable InferenceException admission(Pending<I, O> pending, long now) {
		String model = this.model;
		if (this.closed) {
			return new InferenceException(Reason.CANCELLED, "Batcher of model '" + model + "' is closed");
		}
		if (!this.endpoints.anyAdmitting(now)) {
			return new InferenceException(Reason.UNAVAILABLE,
					"No endpoint of model '" + model + "' is available: all were ejected after failures");
		}
		if (this.queue.full(pending.level)) {
			return new InferenceException(Reason.QUEUE_FULL, "Queue of model '" + model + "' at priority "
					+ (pending.level + 1) + " is full (" + this.policy.maxQueuedItems() + " items)");
		}
		long predicted = this.estimate.predictCompletion(batchesAhead(pending, now), this.endpoints.slots(now));
		if (predicted > ADMISSION_MARGIN * (pending.deadline - now)) {
			return new InferenceException(Reason.DEADLINE_UNREACHABLE,
					"Model '" + model + "' predicts completion in " + Duration.ofNanos(predicted).toMillis()
							+ " ms, past the deadline in " + Duration.ofNanos(pending.deadline - now).toMillis()
							+ " ms");
		}
		return null;
	}

	private long batchesAhead(Pending<I, O> pending, long now) {
		long byCost = ceilDiv(this.queue.costAtOrAbove(pending.level) + pending.cost, this.policy.maxBatchCost());
		long byItems = ceilDiv(this.queue.itemsAtOrAbove(pending.level) + 1L, this.policy.maxBatchItems());
		boolean allBusy = this.inFlightBatches >= this.endpoints.slots(now);
		return Math.max(byCost, byItems) + (allBusy ? 1 : 0);
	}

	private static long ceilDiv(long value, long divisor) {
		return (value + divisor - 1) / divisor;
	}

	/**
	 * Forms and claims batches while an endpoint has a free slot and a batch is due.
	 */
	@Nullable Work<I, O> drain(long now, @Nullable Work<I, O> work) {
		while (this.queue.items() > 0) {
			Endpoint endpoint = this.endpoints.pick(now);
			if (endpoint == null) {
				break;
			}
			if (endpoint.inFlight() > 0 && !batchDue(now)) {
				break;
			}
			work = formBatch(endpoint, now, Work.orNew(work));
		}
		return work;
	}

	private boolean batchDue(long now) {
		if (this.queue.cost() >= this.policy.maxBatchCost() || this.queue.items() >= this.policy.maxBatchItems()) {
			return true;
		}
		Pending<I, O> oldest = this.queue.oldest();
		if (oldest == null) {
			return false;
		}
		long due = oldest.enqueuedAt + this.maxQueueDelay;
		if (now - due >= 0) {
			return true;
		}
		armDelayTimer(due, now);
		return false;
	}

	private Work<I, O> formBatch(Endpoint endpoint, long now, Work<I, O> work) {
		long predicted = this.estimate.latencyNanos();
		List<Pending<I, O>> members = new ArrayList<>(Math.min(this.queue.items(), this.policy.maxBatchItems()));
		long cost = 0;
		long latest = now;
		for (int level = 0; level < this.queue.levels(); level++) {
			for (Pending<I, O> next = this.queue.peek(level); next != null; next = this.queue.peek(level)) {
				if (!members.isEmpty() && (members.size() >= this.policy.maxBatchItems()
						|| cost + next.cost > this.policy.maxBatchCost())) {
					return claim(endpoint, members, cost, latest, now, work);
				}
				this.queue.poll(level);
				if (next.deadline - now <= predicted) {
					next.state = Pending.DROPPED;
					work.fail(next, expired(next, now));
					continue;
				}
				next.state = Pending.DISPATCHED;
				members.add(next);
				cost += next.cost;
				latest = (next.deadline - latest > 0) ? next.deadline : latest;
				this.observer.queueWait(level + 1, now - next.enqueuedAt);
			}
		}
		return claim(endpoint, members, cost, latest, now, work);
	}

	private Work<I, O> claim(Endpoint endpoint, List<Pending<I, O>> members, long cost, long latest, long now,
			Work<I, O> work) {
		if (members.isEmpty()) {
			return work;
		}
		Dispatch<I, O> dispatch = new Dispatch<>(endpoint, members, cost, latest);
		for (Pending<I, O> member : members) {
			member.batch = dispatch;
			if (member.deadlineTimer == null && member.deadline - latest < 0) {
				armDeadline(member, now);
			}
		}
		endpoint.acquire();
		this.inFlightBatches++;
		work.dispatches.add(dispatch);
		return work;
	}

	private InferenceException expired(Pending<I, O> pending, long now) {
		this.observer.deadlineMissed(pending.level + 1, true);
		return new InferenceException(Reason.DEADLINE_EXCEEDED,
				"Deadline of a request to model '" + this.model + "' could not be met after "
						+ Duration.ofNanos(now - pending.enqueuedAt).toMillis() + " ms in the queue");
	}

	Work<I, O> failQueued(long now, @Nullable Work<I, O> work) {
		return failAll(
				new InferenceException(Reason.UNAVAILABLE,
						"No endpoint of model '" + this.model + "' is available: all were ejected after failures"),
				work);
	}

	void armDeadline(Pending<I, O> pending, long now) {
		pending.deadlineTimer = this.clock.schedule(() -> this.deadlinePassed.accept(pending), pending.deadline - now);
	}

	/**
	 * Takes a no longer wanted item out of the queue, or out of its batch; a batch nobody
	 * waits for any more is to be cancelled on the wire.
	 * @return the call to cancel once the lock is released, if any
	 */
	@Nullable CompletableFuture<?> withdraw(Pending<I, O> pending) {
		if (pending.state == Pending.QUEUED) {
			pending.state = Pending.DROPPED;
			this.queue.discard(pending);
			return null;
		}
		Dispatch<I, O> dispatch = pending.batch;
		if (pending.state == Pending.DISPATCHED && dispatch != null) {
			pending.state = Pending.DROPPED;
			dispatch.live--;
			if (dispatch.live == 0) {
				dispatch.abandoned = true;
				return dispatch.call;
			}
		}
		return null;
	}

	private void armDelayTimer(long due, long now) {
		if (this.delayTimer != null && this.delayTimerDue - due <= 0) {
			return;
		}
		cancelDelayTimer();
		this.delayTimerDue = due;
		this.delayTimer = this.clock.schedule(this.delayElapsed, due - now);
	}

	void cancelDelayTimer() {
		if (this.delayTimer != null) {
			this.delayTimer.cancel();
			this.delayTimer = null;
		}
	}

}
