package io.aigcfactory.inference.batch;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wall time and one daemon timer thread shared by every batcher in the JVM; timer tasks
 * only hand batches to asynchronous backends, so one thread is enough.
 */
public final class SystemBatchClock implements BatchClock {

	private static final SystemBatchClock SHARED = new SystemBatchClock();

	private final ScheduledThreadPoolExecutor timer;

	private SystemBatchClock() {
		this.timer = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "aigc-batcher-timer");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.setRemoveOnCancelPolicy(true);
	}

	public static SystemBatchClock shared() {
		return SHARED;
	}

	@Override
	public long nanoTime() {
		return System.nanoTime();
	}

	@Override
	public Cancellable schedule(Runnable task, long delayNanos) {
		ScheduledFuture<?> future = this.timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
		return () -> future.cancel(false);
	}

}
