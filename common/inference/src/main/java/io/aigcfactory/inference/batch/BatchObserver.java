package io.aigcfactory.inference.batch;

import java.util.List;

import io.aigcfactory.inference.InferenceException;
import org.jspecify.annotations.Nullable;

/**
 * Hooks for metrics and tracing; every method must be cheap and must not throw.
 */
public interface BatchObserver {

	/** Observes nothing. */
	BatchObserver NONE = new BatchObserver() {
	};

	/**
	 * Captures the caller's trace context at submission, to link it to the batch span
	 * later.
	 * @return an opaque context, or {@code null}
	 */
	default @Nullable Object captureContext() {
		return null;
	}

	/**
	 * A submission was refused on arrival.
	 */
	default void rejected(InferenceException.Reason reason, int priority) {
	}

	/**
	 * An item's deadline passed, before dispatch when {@code queued}.
	 */
	default void deadlineMissed(int priority, boolean queued) {
	}

	/**
	 * An item left the queue for a batch after waiting this long.
	 */
	default void queueWait(int priority, long nanos) {
	}

	/**
	 * A batch is about to be sent.
	 * @param endpoint the endpoint name
	 * @param items the number of items
	 * @param fill the batch's cost as a fraction of the maximum
	 * @param callerContexts the contexts captured for its items
	 * @return the span to end when the batch completes
	 */
	default BatchSpan batchStarted(String endpoint, int items, double fill, List<@Nullable Object> callerContexts) {
		return BatchSpan.NONE;
	}

	/**
	 * The span of one batch call.
	 */
	@FunctionalInterface
	interface BatchSpan {

		BatchSpan NONE = (nanos, error) -> {
		};

		void end(long nanos, @Nullable Throwable error);

	}

}
