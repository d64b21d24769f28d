package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.aigcfactory.inference.InferenceException;

/**
 * Runs batches of one model on one of its endpoints: Triton over gRPC, or a model in this
 * JVM.
 *
 * @param <I> the item type
 * @param <O> the output type of one item
 */
public interface ModelBackend<I, O> {

	/**
	 * The model's name, for errors and metrics.
	 * @return the name
	 */
	String model();

	/**
	 * The endpoints batches may go to; the batcher picks among them and owns their
	 * bookkeeping.
	 * @return the endpoint names, in a stable order
	 */
	List<String> endpoints();

	/**
	 * Checks an item before it is queued, so that a malformed request fails locally and
	 * at once.
	 * @param item the item
	 * @throws InferenceException with {@link InferenceException.Reason#INVALID_INPUT}
	 * naming what is wrong
	 */
	default void validate(I item) {
	}

	/**
	 * Sends one batch. The returned list holds one result per item, in order; a failed
	 * future means the whole batch failed.
	 * @param endpoint the index into {@link #endpoints()}
	 * @param items the batch
	 * @param budget the time left until the latest deadline in the batch
	 * @return the per-item results; cancelling it should cancel the remote call
	 */
	CompletableFuture<List<ItemResult<O>>> infer(int endpoint, List<I> items, Duration budget);

	/**
	 * This backend seen through mappings, for instance texts in and vectors out of a
	 * tensor model. A mapping that throws {@link IllegalArgumentException} rejects the
	 * item.
	 */
	default <J, P> ModelBackend<J, P> adapt(Function<? super J, ? extends I> input,
			Function<? super O, ? extends P> output) {
		return new AdaptedBackend<>(this, input, output);
	}

}
