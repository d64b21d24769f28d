package io.aigcfactory.inference.batch;

import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.inference.InferenceException;
import org.jspecify.annotations.Nullable;

/**
 * What a pass over the queue decided under the lock, carried out after the lock is
 * released: batches to send and items to fail. Callers' callbacks never run under the
 * lock.
 */
final class Work<I, O> {

	final List<Dispatch<I, O>> dispatches = new ArrayList<>(2);

	final List<Pending<I, O>> failed = new ArrayList<>(0);

	final List<InferenceException> failures = new ArrayList<>(0);

	/**
	 * Members of a failed batch that were given another chance: not to be answered with
	 * its failure.
	 */
	final List<Pending<I, O>> retried = new ArrayList<>(0);

	void fail(Pending<I, O> pending, InferenceException failure) {
		this.failed.add(pending);
		this.failures.add(failure);
	}

	boolean isEmpty() {
		return this.dispatches.isEmpty() && this.failed.isEmpty();
	}

	static <I, O> Work<I, O> orNew(@Nullable Work<I, O> work) {
		return (work != null) ? work : new Work<>();
	}

}
