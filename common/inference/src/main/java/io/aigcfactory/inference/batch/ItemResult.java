package io.aigcfactory.inference.batch;

import io.aigcfactory.inference.InferenceException;

/**
 * The outcome of one item of a batch, so that a bad item fails alone.
 *
 * @param <O> the output type
 */
public sealed interface ItemResult<O> {

	static <O> ItemResult<O> success(O value) {
		return new Success<>(value);
	}

	static <O> ItemResult<O> failure(InferenceException error) {
		return new Failure<>(error);
	}

	/**
	 * The item produced a value.
	 *
	 * @param value the output
	 * @param <O> the output type
	 */
	record Success<O>(O value) implements ItemResult<O> {
	}

	/**
	 * The item failed on its own.
	 *
	 * @param error why
	 * @param <O> the output type
	 */
	record Failure<O>(InferenceException error) implements ItemResult<O> {
	}

}
