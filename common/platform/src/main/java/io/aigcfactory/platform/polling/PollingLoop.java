package io.aigcfactory.platform.polling;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a round whenever it is woken, and at least once per poll
 * interval. Wake-ups that arrive during a round run one more round; a round that throws
 * is logged and tried again at the next wake-up or poll. Stopping runs one last round, so
 * that work queued just before is not left behind.
 */
public final class PollingLoop {

	private static final Logger logger = LoggerFactory.getLogger(PollingLoop.class);

	private final String name;

	private final Duration pollInterval;

	private final Runnable round;

	private final Semaphore wakeUps = new Semaphore(0);

	private volatile boolean running;

	private @Nullable Thread thread;

	/**
	 * @param name the thread's name, also used in logs
	 * @param pollInterval the longest wait between rounds when nothing wakes the loop
	 * @param round the work of one round
	 */
	public PollingLoop(String name, Duration pollInterval, Runnable round) {
		this.name = name;
		this.pollInterval = pollInterval;
		this.round = round;
	}

	/** Runs a round soon, without waiting for the poll interval. */
	public void wakeUp() {
		this.wakeUps.release();
	}

	/** Whether the loop is started and not asked to stop. */
	public boolean isRunning() {
		return this.running;
	}

	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = Thread.ofPlatform().name(this.name).daemon().start(this::loop);
	}

	/**
	 * Asks the loop to stop, and waits up to {@code grace} for its last round to end.
	 */
	public void stop(Duration grace) {
		Thread stopping;
		synchronized (this) {
			this.running = false;
			stopping = this.thread;
			this.thread = null;
		}
		wakeUp();
		if (stopping == null) {
			return;
		}
		try {
			stopping.join(grace.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void loop() {
		while (this.running) {
			try {
				this.wakeUps.tryAcquire(this.pollInterval.toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUps.drainPermits();
				runRound();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		runRound();
	}

	private void runRound() {
		try {
			this.round.run();
		}
		catch (RuntimeException ex) {
			logger.warn("A round of {} failed; retrying at the next poll: {}", this.name, ex.toString());
		}
	}

}
