package io.aigcfactory.inference.batch;

import java.time.Duration;

/**
 * How one model's batcher forms and sends batches.
 *
 * @param maxBatchItems the most items in one batch (the model's max batch size); 1 turns
 * batching off and leaves only queueing and concurrency control, for models that batch on
 * the server (vLLM-style decoupled LLMs)
 * @param maxBatchCost the most cost in one batch, in the unit of the batcher's cost
 * function (items, tokens, pixels × steps); an item costlier than this is sent alone
 * @param maxQueueDelay how long the oldest item may wait for a fuller batch while the
 * endpoints are busy; an idle endpoint never waits
 * @param maxQueuedItems the queue bound per priority level; beyond it submissions are
 * rejected at once
 * @param priorityLevels the number of priority levels, 1 being the highest
 * @param defaultPriority the level of a submission that names none
 * @param defaultDeadline the deadline of a submission that names none
 * @param maxInFlightPerEndpoint the most batches outstanding on one endpoint; 2 keeps a
 * device busy while the next batch travels
 */
public record BatchPolicy(int maxBatchItems, long maxBatchCost, Duration maxQueueDelay, int maxQueuedItems,
		int priorityLevels, int defaultPriority, Duration defaultDeadline, int maxInFlightPerEndpoint) {

	public BatchPolicy {
		require(maxBatchItems >= 1, "maxBatchItems must be at least 1, was " + maxBatchItems);
		require(maxBatchCost >= 1, "maxBatchCost must be at least 1, was " + maxBatchCost);
		require(!maxQueueDelay.isNegative(), "maxQueueDelay must not be negative, was " + maxQueueDelay);
		require(maxQueuedItems >= 1, "maxQueuedItems must be at least 1, was " + maxQueuedItems);
		require(priorityLevels >= 1, "priorityLevels must be at least 1, was " + priorityLevels);
		require(defaultPriority >= 1 && defaultPriority <= priorityLevels,
				"defaultPriority must be within 1.." + priorityLevels + ", was " + defaultPriority);
		require(defaultDeadline.isPositive(), "defaultDeadline must be positive, was " + defaultDeadline);
		require(maxInFlightPerEndpoint >= 1,
				"maxInFlightPerEndpoint must be at least 1, was " + maxInFlightPerEndpoint);
	}

	/**
	 * A policy that batches up to {@code maxBatchItems} items by count.
	 */
	public static BatchPolicy ofItems(int maxBatchItems, Duration maxQueueDelay) {
		return new BatchPolicy(maxBatchItems, maxBatchItems, maxQueueDelay, 1024, 3, 2, Duration.ofSeconds(10), 2);
	}

	/**
	 * A policy without client batching: one item per call, at most {@code maxInFlight}
	 * calls per endpoint.
	 */
	public static BatchPolicy concurrencyOnly(int maxInFlight) {
		return new BatchPolicy(1, 1, Duration.ZERO, 1024, 3, 2, Duration.ofSeconds(60), maxInFlight);
	}

	public BatchPolicy withMaxBatchCost(long cost) {
		return new BatchPolicy(this.maxBatchItems, cost, this.maxQueueDelay, this.maxQueuedItems, this.priorityLevels,
				this.defaultPriority, this.defaultDeadline, this.maxInFlightPerEndpoint);
	}

	public BatchPolicy withMaxQueueDelay(Duration delay) {
		return new BatchPolicy(this.maxBatchItems, this.maxBatchCost, delay, this.maxQueuedItems, this.priorityLevels,
				this.defaultPriority, this.defaultDeadline, this.maxInFlightPerEndpoint);
	}

	public BatchPolicy withQueue(int maxQueuedItems, Duration defaultDeadline) {
		return new BatchPolicy(this.maxBatchItems, this.maxBatchCost, this.maxQueueDelay, maxQueuedItems,
				this.priorityLevels, this.defaultPriority, defaultDeadline, this.maxInFlightPerEndpoint);
	}

	public BatchPolicy withPriorities(int levels, int defaultLevel) {
		return new BatchPolicy(this.maxBatchItems, this.maxBatchCost, this.maxQueueDelay, this.maxQueuedItems, levels,
				defaultLevel, this.defaultDeadline, this.maxInFlightPerEndpoint);
	}

	public BatchPolicy withMaxInFlightPerEndpoint(int maxInFlight) {
		return new BatchPolicy(this.maxBatchItems, this.maxBatchCost, this.maxQueueDelay, this.maxQueuedItems,
				this.priorityLevels, this.defaultPriority, this.defaultDeadline, maxInFlight);
	}

	/**
	 * Whether items are grouped at all.
	 * @return {@code false} in concurrency-only mode
	 */
	public boolean batching() {
		return this.maxBatchItems > 1;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
