package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.BatchClock.Cancellable;
import io.aigcfactory.inference.batch.BatchObserver.BatchSpan;
import org.jspecify.annotations.Nullable;

/**
 * Groups one model's requests into batches in front of its backend.
 * <p>
 * Dispatch is work-conserving: whenever an endpoint is idle, whatever is queued goes at
 * once; only while every endpoint is busy does the oldest item wait, up to the maximum
 * queue delay, for a fuller batch. Queues are bounded per priority level, and a
 * submission whose predicted completion lies past its deadline is refused on arrival, so
 * that overload turns into fast rejections instead of growing latency. Items whose
 * deadline cannot be met are dropped before dispatch, and the latest deadline of a batch
 * becomes its call's deadline. A batch that fails for a reason an item can cause is split
 * until the bad item fails alone.
 *
 * @param <I> the item type
 * @param <O> the output type of one item
 */
public final class DynamicBatcher<I, O> implements AutoCloseable {

	/**
	 * Admits only work predicted to finish within this share of its time budget, since
	 * the estimate is a mean and a budget spent exactly is a deadline missed half the
	 * time.
	 */
	private static final double ADMISSION_MARGIN = 0.8;

	private final ModelBackend<I, O> backend;

	private final BatchPolicy policy;

	private final ToLongFunction<? super I> costFunction;

	private final BatchClock clock;

	private final BatchObserver observer;

	private final ReentrantLock lock = new ReentrantLock();

	private final BatchQueue<I, O> queue;

	private final EndpointPool endpoints;

	private final ServiceTimeEstimate estimate = new ServiceTimeEstimate();

	private final BatchCalls<I, O> calls;

	private final long maxQueueDelay;

	private @Nullable Cancellable delayTimer;

	private long delayTimerDue;

	private int inFlightBatches;

	private boolean closed;

	public DynamicBatcher(ModelBackend<I, O> backend, BatchPolicy policy, ToLongFunction<? super I> costFunction,
			EjectionPolicy ejection, BatchClock clock, BatchObserver observer) {
		this.backend = backend;
		this.policy = policy;
		this.costFunction = policy.batching() ? costFunction : (item) -> 1;
		this.clock = clock;
		this.observer = observer;
		this.queue = new BatchQueue<>(policy.priorityLevels(), policy.maxQueuedItems());
		this.endpoints = new EndpointPool(backend.endpoints(), policy.maxInFlightPerEndpoint(), ejection);
		this.maxQueueDelay = policy.maxQueueDelay().toNanos();
		this.calls = new BatchCalls<>(backend, clock);
	}

	/**
	 * A batcher that counts items, on wall time, without telemetry.
	 */
	public static <I, O> DynamicBatcher<I, O> create(ModelBackend<I, O> backend, BatchPolicy policy) {
		return new DynamicBatcher<>(backend, policy, (item) -> 1, EjectionPolicy.DEFAULT, SystemBatchClock.shared(),
				BatchObserver.NONE);
	}

	public String model() {
		return this.backend.model();
	}

	public BatchPolicy policy() {
		return this.policy;
	}

	/**
	 * Submits an item with the policy's default deadline and priority.
	 */
	public CompletableFuture<O> submit(I item) {
		return submit(item, this.policy.defaultDeadline(), this.policy.defaultPriority());
	}

	/**
	 * Submits an item. The future fails with an {@link InferenceException}; cancelling it
	 * withdraws the item.
	 * @param item the item
	 * @param timeout the time from now by which the result is needed
	 * @param priority 1 (highest) to the policy's number of levels
	 * @return the item's result
	 */
	public CompletableFuture<O> submit(I item, Duration timeout, int priority) {
		if (!timeout.isPositive()) {
			return refused(Reason.INVALID_INPUT, "Deadline must be positive, was " + timeout, priority);
		}
		if (priority < 1 || priority > this.policy.priorityLevels()) {
			return refused(Reason.INVALID_INPUT,
					"Priority must be within 1.." + this.policy.priorityLevels() + ", was " + priority, priority);
		}
		long cost;
		try {
			this.backend.validate(item);
			cost = this.costFunction.applyAsLong(item);
		}
		catch (InferenceException ex) {
			this.observer.rejected(ex.reason(), priority);
			return CompletableFuture.failedFuture(ex);
		}
		if (cost < 1) {
			return refused(Reason.INVALID_INPUT, "Item cost must be at least 1, was " + cost, priority);
		}
		long now = this.clock.nanoTime();
		long deadline = now + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
		Pending<I, O> pending = new Pending<>(this, item, cost, priority - 1, now, deadline,
				this.observer.captureContext());
		InferenceException refusal;
		Work<I, O> work = null;
		this.lock.lock();
		try {
			refusal = admission(pending, now);
			if (refusal == null) {
				this.queue.add(pending);
				work = drain(now, null);
				if (pending.state == Pending.QUEUED) {
					armDeadline(pending, now);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
		if (refusal != null) {
			this.observer.rejected(refusal.reason(), priority);
			pending.completeExceptionally(refusal);
			return pending;
		}
		run(work);
		return pending;
	}

	/**
	 * A snapshot of the current load.
	 */
	public BatcherStats stats() {
		this.lock.lock();
		try {
			return new BatcherStats(this.queue.items(), this.inFlightBatches, this.estimate.latencyNanos());
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Batches outstanding on an endpoint, for gauges; read without the lock.
	 */
	public int inFlight(int endpoint) {
		return this.endpoints.all().get(endpoint).inFlight();
	}

	public List<String> endpointNames() {
		return this.backend.endpoints();
	}

	/**
	 * Refuses new work and fails what is queued; batches in flight complete normally.
	 */
	@Override
	public void close() {
		Work<I, O> work = new Work<>();
		this.lock.lock();
		try {
			this.closed = true;
			cancelDelayTimer();
			InferenceException closing = new InferenceException(Reason.CANCELLED,
					"Batcher of model '" + model() + "' is closed");
			for (int level = 0; level < this.queue.levels(); level++) {
				while (this.queue.peek(level) != null) {
					Pending<I, O> pending = this.queue.poll(level);
					pending.state = Pending.DROPPED;
					work.fail(pending, closing);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
		run(work);
	}

	private @Nullable InferenceException admission(Pending<I, O> pending, long now) {
		String model = model();
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
	private @Nullable Work<I, O> drain(long now, @Nullable Work<I, O> work) {
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
				"Deadline of a request to model '" + model() + "' could not be met after "
						+ Duration.ofNanos(now - pending.enqueuedAt).toMillis() + " ms in the queue");
	}

	private void run(@Nullable Work<I, O> work) {
		if (work == null) {
			return;
		}
		for (Dispatch<I, O> dispatch : work.dispatches) {
			send(dispatch);
		}
		for (int i = 0; i < work.failed.size(); i++) {
			Pending<I, O> pending = work.failed.get(i);
			pending.stopDeadlineTimer();
			pending.completeExceptionally(work.failures.get(i));
		}
	}

	private void send(Dispatch<I, O> dispatch) {
		int size = dispatch.members.size();
		List<I> items = new ArrayList<>(size);
		List<@Nullable Object> contexts = new ArrayList<>(size);
		for (Pending<I, O> member : dispatch.members) {
			items.add(member.item);
			contexts.add(member.callerContext);
		}
		long started = this.clock.nanoTime();
		double fill = Math.max((double) size / this.policy.maxBatchItems(),
				(double) dispatch.cost / this.policy.maxBatchCost());
		BatchSpan span = this.observer.batchStarted(dispatch.endpoint.name(), size, Math.min(fill, 1.0), contexts);
		CompletableFuture<List<ItemResult<O>>> call = this.calls.call(dispatch.endpoint.index(), items,
				dispatch.deadline);
		boolean abandoned;
		this.lock.lock();
		try {
			dispatch.call = call;
			abandoned = dispatch.live == 0;
		}
		finally {
			this.lock.unlock();
		}
		if (abandoned) {
			call.cancel(true);
		}
		this.calls.isolating(call, dispatch.endpoint.index(), items, dispatch.deadline)
			.whenComplete((results, error) -> completed(dispatch, results, error, started, span));
	}

	private void completed(Dispatch<I, O> dispatch, @Nullable List<ItemResult<O>> results, @Nullable Throwable error,
			long started, BatchSpan span) {
		long now = this.clock.nanoTime();
		InferenceException failure = (error != null) ? Failures.of(error, model()) : null;
		if (failure == null && (results == null || results.size() != dispatch.members.size())) {
			failure = new InferenceException(Reason.BACKEND_FAILURE, "Model '" + model() + "' returned "
					+ ((results != null) ? results.size() : 0) + " results for " + dispatch.members.size() + " items");
		}
		boolean transport = failure != null && Failures.transport(failure);
		Work<I, O> work;
		this.lock.lock();
		try {
			this.endpoints.release(dispatch.endpoint, transport, now);
			this.inFlightBatches--;
			if (!transport && !dispatch.abandoned) {
				this.estimate.record(now - started);
			}
			work = this.endpoints.anyAdmitting(now) ? drain(now, null) : failQueued(now);
		}
		finally {
			this.lock.unlock();
		}
		span.end(now - started, failure);
		run(work);
		for (int i = 0; i < dispatch.members.size(); i++) {
			Pending<I, O> member = dispatch.members.get(i);
			member.stopDeadlineTimer();
			deliver(member, (failure != null) ? ItemResult.failure(failure) : results.get(i), now);
		}
	}

	private void deliver(Pending<I, O> member, ItemResult<O> result, long now) {
		switch (result) {
			case ItemResult.Success<O> success -> {
				if (now - member.deadline > 0) {
					this.observer.deadlineMissed(member.level + 1, false);
					member.completeExceptionally(new InferenceException(Reason.DEADLINE_EXCEEDED,
							"Result of model '" + model() + "' arrived after the deadline"));
				}
				else {
					member.complete(success.value());
				}
			}
			case ItemResult.Failure<O> failure -> member.completeExceptionally(failure.error());
		}
	}

	private Work<I, O> failQueued(long now) {
		Work<I, O> work = new Work<>();
		InferenceException down = new InferenceException(Reason.UNAVAILABLE,
				"No endpoint of model '" + model() + "' is available: all were ejected after failures");
		for (int level = 0; level < this.queue.levels(); level++) {
			while (this.queue.peek(level) != null) {
				Pending<I, O> pending = this.queue.poll(level);
				pending.state = Pending.DROPPED;
				work.fail(pending, down);
			}
		}
		return work;
	}

	private void armDeadline(Pending<I, O> pending, long now) {
		pending.deadlineTimer = this.clock.schedule(() -> deadlinePassed(pending), pending.deadline - now);
	}

	private void deadlinePassed(Pending<I, O> pending) {
		long now = this.clock.nanoTime();
		boolean queued;
		CompletableFuture<?> abandoned;
		this.lock.lock();
		try {
			queued = pending.state == Pending.QUEUED;
			abandoned = withdraw(pending);
		}
		finally {
			this.lock.unlock();
		}
		if (abandoned != null) {
			abandoned.cancel(true);
		}
		if (pending.isDone()) {
			return;
		}
		this.observer.deadlineMissed(pending.level + 1, queued);
		pending.completeExceptionally(new InferenceException(Reason.DEADLINE_EXCEEDED,
				"Deadline of a request to model '" + model() + "' passed after "
						+ Duration.ofNanos(now - pending.enqueuedAt).toMillis() + " ms"
						+ (queued ? " in the queue" : " in flight")));
	}

	void cancelled(Pending<I, O> pending) {
		pending.stopDeadlineTimer();
		CompletableFuture<?> abandoned;
		this.lock.lock();
		try {
			abandoned = withdraw(pending);
		}
		finally {
			this.lock.unlock();
		}
		if (abandoned != null) {
			abandoned.cancel(true);
		}
	}

	/**
	 * Takes a no longer wanted item out of the queue, or out of its batch; a batch nobody
	 * waits for any more is to be cancelled on the wire.
	 * @return the call to cancel once the lock is released, if any
	 */
	private @Nullable CompletableFuture<?> withdraw(Pending<I, O> pending) {
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
		this.delayTimer = this.clock.schedule(this::delayElapsed, due - now);
	}

	private void cancelDelayTimer() {
		if (this.delayTimer != null) {
			this.delayTimer.cancel();
			this.delayTimer = null;
		}
	}

	private void delayElapsed() {
		Work<I, O> work;
		this.lock.lock();
		try {
			this.delayTimer = null;
			work = drain(this.clock.nanoTime(), null);
		}
		finally {
			this.lock.unlock();
		}
		run(work);
	}

	private CompletableFuture<O> refused(Reason reason, String message, int priority) {
		this.observer.rejected(reason, priority);
		return CompletableFuture.failedFuture(new InferenceException(reason, message));
	}

}
