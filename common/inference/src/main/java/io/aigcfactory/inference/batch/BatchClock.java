package io.aigcfactory.inference.batch;

/**
 * The batcher's only view of time, so that its timing logic runs on a virtual clock in
 * tests.
 */
public interface BatchClock {

	/**
	 * A monotonic time.
	 * @return nanoseconds from an arbitrary origin
	 */
	long nanoTime();

	/**
	 * Runs a task once after a delay.
	 * @param task the task
	 * @param delayNanos the delay
	 * @return a handle to cancel it
	 */
	Cancellable schedule(Runnable task, long delayNanos);

	/**
	 * A scheduled task that can still be called off.
	 */
	@FunctionalInterface
	interface Cancellable {

		void cancel();

	}

}
