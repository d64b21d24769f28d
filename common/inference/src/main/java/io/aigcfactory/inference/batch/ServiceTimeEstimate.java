package io.aigcfactory.inference.batch;

/**
 * An exponentially weighted estimate of how long a batch call takes, queueing on the
 * server included. Guarded by the batcher's lock. It starts at zero, so that nothing is
 * refused on a prediction before a batch has been measured.
 */
final class ServiceTimeEstimate {

	private static final double WEIGHT = 0.2;

	private double latencyNanos;

	private boolean measured;

	private boolean warm;

	void record(long nanos) {
		if (!this.warm) {
			this.warm = true;
			return;
		}
		if (!this.measured) {
			this.latencyNanos = nanos;
			this.measured = true;
			return;
		}
		this.latencyNanos += WEIGHT * (nanos - this.latencyNanos);
	}

	long latencyNanos() {
		return (long) this.latencyNanos;
	}

	/**
	 * How long an item that has this many batches' worth of work ahead of it (its own
	 * batch included) will take, with every slot working in parallel.
	 */
	long predictCompletion(long batchesAhead, int slots) {
		if (!this.measured || slots == 0) {
			return 0;
		}
		double waves = Math.max(0, batchesAhead - 1);
		return (long) (this.latencyNanos + waves * this.latencyNanos / slots);
	}

}
