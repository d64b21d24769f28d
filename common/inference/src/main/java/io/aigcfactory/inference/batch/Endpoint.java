package io.aigcfactory.inference.batch;

/**
 * One endpoint's bookkeeping, guarded by its batcher's lock: outstanding batches,
 * failures in a row, and ejection. After an ejection the endpoint is on probation,
 * allowed one batch at a time until one succeeds, so that a recovering server is
 * re-admitted slowly.
 */
final class Endpoint {

	private final String name;

	private final int index;

	private volatile int inFlight;

	private int failuresInARow;

	private int ejectionsInARow;

	private long ejectedUntil;

	private boolean probation;

	private boolean everEjected;

	Endpoint(String name, int index) {
		this.name = name;
		this.index = index;
	}

	String name() {
		return this.name;
	}

	int index() {
		return this.index;
	}

	int inFlight() {
		return this.inFlight;
	}

	boolean ejected(long now) {
		return this.everEjected && now - this.ejectedUntil < 0;
	}

	int capacity(int maxInFlight, long now) {
		if (ejected(now)) {
			return 0;
		}
		return this.probation ? 1 : maxInFlight;
	}

	void acquire() {
		this.inFlight++;
	}

	void release(boolean transportFailure, long now, EjectionPolicy policy) {
		this.inFlight--;
		if (!transportFailure) {
			this.failuresInARow = 0;
			this.ejectionsInARow = 0;
			this.probation = false;
			return;
		}
		this.failuresInARow++;
		if (this.probation || this.failuresInARow >= policy.consecutiveFailures()) {
			eject(now, policy);
		}
	}

	/**
	 * Takes the endpoint out of rotation, for longer with each ejection in a row; it
	 * comes back on probation.
	 */
	void eject(long now, EjectionPolicy policy) {
		long base = policy.baseEjection().toNanos();
		long ejection = Math.min(policy.maxEjection().toNanos(), base << Math.min(this.ejectionsInARow, 20));
		this.ejectedUntil = now + ejection;
		this.everEjected = true;
		this.ejectionsInARow++;
		this.failuresInARow = 0;
		this.probation = true;
	}

	long ejectedUntil() {
		return this.everEjected ? this.ejectedUntil : Long.MIN_VALUE;
	}

}
