package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
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

	private final ModelBackend<I, O> backend;

	private final BatchPolicy policy;

	private final ToLongFunction<? super I> costFunction;

	private final BatchClock clock;

	private final BatchObserver observer;

	private final ReentrantLock lock = new ReentrantLock();

	private final BatchCalls<I, O> calls;

	private final BatchScheduler<I, O> scheduler;

	public DynamicBatcher(ModelBackend<I, O> backend, BatchPolicy policy, ToLongFunction<? super I> costFunction,
			EjectionPolicy ejection, BatchClock clock, BatchObserver observer) {
		this.backend = backend;
		this.policy = policy;
		this.costFunction = policy.batching() ? costFunction : (item) -> 1;
		this.clock = clock;
		this.observer = observer;
		this.calls = new BatchCalls<>(backend, clock);
		this.scheduler = new BatchScheduler<>(backend.model(), policy, backend.endpoints(), ejection, clock, observer,
				this::delayElapsed, this::deadlinePassed);
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
		return submitAll(List.of(item), timeout, priority).getFirst();
	}

	/**
	 * Submits several items at once, as one caller's share of the work. They join the
	 * queue together before anything is dispatched, so that they travel in as few batches
	 * as the policy allows instead of the first going alone to an idle endpoint. Each
	 * item is admitted, refused and answered on its own, as if submitted singly.
	 * @param items the items, in order
	 * @param timeout the time from now by which the results are needed
	 * @param priority 1 (highest) to the policy's number of levels
	 * @return each item's result, in the order of the items
	 */
	public List<CompletableFuture<O>> submitAll(List<? extends I> items, Duration timeout, int priority) {
		List<CompletableFuture<O>> results = new ArrayList<>(items.size());
		if (!timeout.isPositive()) {
			items.forEach((item) -> results
				.add(refused(Reason.INVALID_INPUT, "Deadline must be positive, was " + timeout, priority)));
			return results;
		}
		if (priority < 1 || priority > this.policy.priorityLevels()) {
			items.forEach((item) -> results.add(refused(Reason.INVALID_INPUT,
					"Priority must be within 1.." + this.policy.priorityLevels() + ", was " + priority, priority)));
			return results;
		}
		long now = this.clock.nanoTime();
		long deadline = now + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
		@Nullable Object context = this.observer.captureContext();
		List<Pending<I, O>> valid = new ArrayList<>(items.size());
		for (I item : items) {
			try {
				Pending<I, O> pending = pending(item, priority, now, deadline, context);
				valid.add(pending);
				results.add(pending);
			}
			catch (InferenceException ex) {
				this.observer.rejected(ex.reason(), priority);
				results.add(CompletableFuture.failedFuture(ex));
			}
		}
		List<CompletableFuture<O>> refusals = new ArrayList<>();
		List<InferenceException> reasons = new ArrayList<>();
		Work<I, O> work = null;
		this.lock.lock();
		try {
			List<Pending<I, O>> queued = new ArrayList<>(valid.size());
			for (Pending<I, O> pending : valid) {
				InferenceException refusal = this.scheduler.admission(pending, now);
				if (refusal != null) {
					refusals.add(pending);
					reasons.add(refusal);
					continue;
				}
				this.scheduler.enqueue(pending);
				queued.add(pending);
			}
			work = this.scheduler.drain(now, null);
			for (Pending<I, O> pending : queued) {
				if (pending.state == Pending.QUEUED) {
					this.scheduler.armDeadline(pending, now);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
		for (int i = 0; i < refusals.size(); i++) {
			this.observer.rejected(reasons.get(i).reason(), priority);
			refusals.get(i).completeExceptionally(reasons.get(i));
		}
		run(work);
		return results;
	}

	/**
	 * The pending entry of an item.
	 * @throws InferenceException for an invalid item
	 */
	private Pending<I, O> pending(I item, int priority, long now, long deadline, @Nullable Object context) {
		this.backend.validate(item);
		long cost = this.costFunction.applyAsLong(item);
		if (cost < 1) {
			throw new InferenceException(Reason.INVALID_INPUT, "Item cost must be at least 1, was " + cost);
		}
		return new Pending<>(this, item, cost, priority - 1, now, deadline, context);
	}

	/**
	 * A snapshot of the current load.
	 */
	public BatcherStats stats() {
		this.lock.lock();
		try {
			return this.scheduler.stats();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Batches outstanding on an endpoint, for gauges; read without the lock.
	 */
	public int inFlight(int endpoint) {
		return this.scheduler.inFlight(endpoint);
	}

	public List<String> endpointNames() {
		return this.backend.endpoints();
	}

	/**
	 * Refuses new work and fails what is queued; batches in flight complete normally.
	 */
	@Override
	public void close() {
		Work<I, O> work;
		this.lock.lock();
		try {
			work = this.scheduler.close();
		}
		finally {
			this.lock.unlock();
		}
		run(work);
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
		boolean unreachable = failure != null && failure.reason() == Reason.UNAVAILABLE;
		Work<I, O> work;
		this.lock.lock();
		try {
			work = this.scheduler.completed(dispatch, transport, unreachable, now - started, now);
		}
		finally {
			this.lock.unlock();
		}
		span.end(now - started, failure);
		run(work);
		for (int i = 0; i < dispatch.members.size(); i++) {
			Pending<I, O> member = dispatch.members.get(i);
			if (work != null && work.retried.contains(member)) {
				// Back in the queue for another endpoint: that answer completes it.
				continue;
			}
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

	private void deadlinePassed(Pending<I, O> pending) {
		long now = this.clock.nanoTime();
		boolean queued;
		CompletableFuture<?> abandoned;
		this.lock.lock();
		try {
			queued = pending.state == Pending.QUEUED;
			abandoned = this.scheduler.withdraw(pending);
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
			abandoned = this.scheduler.withdraw(pending);
		}
		finally {
			this.lock.unlock();
		}
		if (abandoned != null) {
			abandoned.cancel(true);
		}
	}

	private void delayElapsed() {
		Work<I, O> work;
		this.lock.lock();
		try {
			this.scheduler.delayTimerFired();
			work = this.scheduler.drain(this.clock.nanoTime(), null);
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
