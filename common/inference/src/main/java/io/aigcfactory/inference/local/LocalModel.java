package io.aigcfactory.inference.local;

import java.util.List;

/**
 * A model that runs in this JVM on a whole batch at once.
 *
 * @param <I> the item type
 * @param <O> the output type of one item
 */
@FunctionalInterface
public interface LocalModel<I, O> {

	/**
	 * Runs one batch.
	 * @param batch the items
	 * @return one output per item, in order
	 */
	List<O> run(List<I> batch);

	/**
	 * Checks an item before it is queued.
	 * @param item the item
	 * @throws IllegalArgumentException naming what is wrong
	 */
	default void validate(I item) {
	}

}
