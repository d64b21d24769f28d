package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.inference.InferenceException;

/**
 * Calls a backend with a batch's remaining budget, and isolates bad items: on a failure
 * an item can cause, the batch is split in halves, down to single items, so that only the
 * bad ones fail.
 */
final class BatchCalls<I, O> {

	private final ModelBackend<I, O> backend;

	private final BatchClock clock;

	BatchCalls(ModelBackend<I, O> backend, BatchClock clock) {
		this.backend = backend;
		this.clock = clock;
	}

	CompletableFuture<List<ItemResult<O>>> call(int endpoint, List<I> items, long deadline) {
		long budget = Math.max(1, deadline - this.clock.nanoTime());
		try {
			return this.backend.infer(endpoint, items, Duration.ofNanos(budget));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/**
	 * On a failure an item can cause, runs the halves of the batch separately, down to
	 * single items, so that only the bad ones fail.
	 */
	CompletableFuture<List<ItemResult<O>>> isolating(CompletableFuture<List<ItemResult<O>>> call, int endpoint,
			List<I> items, long deadline) {
		if (items.size() == 1) {
			return call;
		}
		return call.exceptionallyCompose((error) -> {
			InferenceException failure = Failures.of(error, this.backend.model());
			if (!Failures.isolatable(failure)) {
				return CompletableFuture.failedFuture(failure);
			}
			int half = items.size() / 2;
			return halve(endpoint, items.subList(0, half), deadline)
				.thenCompose((left) -> halve(endpoint, items.subList(half, items.size()), deadline)
					.thenApply((right) -> concat(left, right)));
		});
	}

	private CompletableFuture<List<ItemResult<O>>> halve(int endpoint, List<I> items, long deadline) {
		CompletableFuture<List<ItemResult<O>>> call = isolating(call(endpoint, items, deadline), endpoint, items,
				deadline);
		if (items.size() > 1) {
			return call;
		}
		return call.exceptionally((error) -> List.of(ItemResult.failure(Failures.of(error, this.backend.model()))));
	}

	private static <T> List<T> concat(List<T> left, List<T> right) {
		List<T> all = new ArrayList<>(left.size() + right.size());
		all.addAll(left);
		all.addAll(right);
		return all;
	}

}
