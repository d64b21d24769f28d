package io.aigcfactory.inference.batch;

/**
 * A snapshot of a batcher's load.
 *
 * @param queuedItems items waiting for a batch
 * @param inFlightBatches batches sent and not yet answered
 * @param estimatedBatchNanos the current estimate of one batch call's duration
 */
public record BatcherStats(int queuedItems, int inFlightBatches, long estimatedBatchNanos) {
}
