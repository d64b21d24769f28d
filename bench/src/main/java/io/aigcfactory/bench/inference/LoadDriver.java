package io.aigcfactory.bench.inference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Closed-loop (fixed concurrency) and open-loop (Poisson arrivals) load, measured after a
 * warm-up, bounded in time.
 */
final class LoadDriver {

	private LoadDriver() {
	}

	/**
	 * Runs {@code concurrency} callers back to back; returns completions per second.
	 */
	static double closedLoop(int concurrency, Duration warmup, Duration measure, Supplier<CompletableFuture<?>> call,
			Latencies latencies) throws InterruptedException {
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + measure.toNanos();
		AtomicLong completed = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			threads.add(Thread.ofVirtual().start(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					try {
						call.get().join();
					}
					catch (RuntimeException ex) {
						continue;
					}
					long t1 = System.nanoTime();
					if (t0 >= measureFrom && t1 <= end) {
						latencies.add(t1 - t0);
						completed.incrementAndGet();
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return completed.get() / (measure.toNanos() / 1e9);
	}

	/**
	 * Submits at Poisson arrival times for {@code duration} from one thread; the caller
	 * observes each returned future. Returns the futures with their submit times.
	 */
	static List<Submitted> openLoop(double perSecond, Duration duration, long seed,
			Supplier<CompletableFuture<?>> call) {
		Random random = new Random(seed);
		List<Submitted> submitted = new ArrayList<>();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		long next = start;
		while (next < end) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			long t0 = System.nanoTime();
			CompletableFuture<?> future = call.get();
			long submitNanos = System.nanoTime() - t0;
			submitted.add(new Submitted(t0, submitNanos, future));
			next += (long) (-Math.log(1 - random.nextDouble()) / perSecond * 1e9);
		}
		return submitted;
	}

	record Submitted(long at, long submitNanos, CompletableFuture<?> future) {
	}

}
