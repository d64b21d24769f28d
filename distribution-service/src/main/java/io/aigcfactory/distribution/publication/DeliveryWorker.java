package io.aigcfactory.distribution.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.distribution.channel.Channel;
import io.aigcfactory.distribution.channel.Channels;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.distribution.channel.DistributionSettings;
import io.aigcfactory.distribution.publication.Publications.Pending;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Delivers due publications to their channels, several at once so that a slow receiver
 * does not hold up the others. A failed delivery is retried with exponential backoff up
 * to the attempt limit; each final outcome is recorded and announced in one transaction.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final Publications publications;

	private final Channels channels;

	private final EventPublisher events;

	private final TransactionOperations transactions;

	private final DistributionSettings settings;

	private final Clock clock;

	private final Semaphore wakeUps = new Semaphore(0);

	private final Semaphore slots;

	private volatile boolean running;

	private @Nullable ExecutorService deliveries;

	private @Nullable Thread dispatcher;

	DeliveryWorker(Publications publications, Channels channels, EventPublisher events,
			TransactionOperations transactions, DistributionSettings settings, Clock clock) {
		this.publications = publications;
		this.channels = channels;
		this.events = events;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.slots = new Semaphore(settings.concurrency());
	}

	void wakeUp() {
		this.wakeUps.release();
	}

	@Override
	public void start() {
		this.running = true;
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		this.deliveries = executor;
		this.dispatcher = Thread.ofPlatform()
			.name("delivery-dispatcher")
			.daemon()
			.start(() -> dispatchUntilStopped(executor));
	}

	@Override
	public void stop() {
		this.running = false;
		this.wakeUp();
		Thread stopping = this.dispatcher;
		ExecutorService executor = this.deliveries;
		if (stopping == null || executor == null) {
			return;
		}
		executor.shutdown();
		try {
			stopping.join(5_000);
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void dispatchUntilStopped(ExecutorService executor) {
		while (this.running) {
			try {
				this.wakeUps.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUps.drainPermits();
				dispatchDue(executor);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Delivery round failed; retrying at the next poll: {}", ex.toString());
			}
		}
	}

	private void dispatchDue(ExecutorService executor) throws InterruptedException {
		List<Pending> due;
		do {
			int free = Math.max(1, this.slots.availablePermits());
			due = this.transactions
				.execute((status) -> this.publications.claimDue(free, LEASE, Instant.now(this.clock)));
			for (Pending pending : (due != null) ? due : List.<Pending>of()) {
				this.slots.acquire();
				executor.execute(() -> {
					try {
						deliver(pending);
					}
					finally {
						this.slots.release();
						wakeUp();
					}
				});
			}
		}
		while (due != null && !due.isEmpty() && this.running);
	}

	private void deliver(Pending pending) {
		int attempt = pending.attempts() + 1;
		AssetInspected asset = pending.asset();
		try {
			Channel channel = this.channels.find(pending.channel())
				.orElseThrow(() -> new DeliveryFailed("Channel " + pending.channel() + " is not configured", false));
			String location = channel.publish(new Delivery(pending.id(), asset));
			this.transactions.executeWithoutResult((status) -> {
				this.publications.published(pending.id(), attempt, location, Instant.now(this.clock));
				this.events.publish(Topics.PUBLICATION,
						new AssetPublished(EventMetadata.now(asset.metadata().tenantId()), asset.assetId(),
								asset.requirementId(), pending.channel(), location, asset.angle(), asset.product()));
			});
		}
		catch (DeliveryFailed ex) {
			failed(pending, attempt, ex);
		}
		catch (RuntimeException ex) {
			failed(pending, attempt, new DeliveryFailed(ex.toString(), true, ex));
		}
	}

	private void failed(Pending pending, int attempt, DeliveryFailed failure) {
		AssetInspected asset = pending.asset();
		if (failure.retryable() && attempt < this.settings.maxAttempts()) {
			Duration backoff = this.settings.firstRetryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
			logger.info("Delivery of {} to {} failed (attempt {}), retrying in {}: {}", asset.assetId(),
					pending.channel(), attempt, backoff, failure.getMessage());
			this.transactions.executeWithoutResult((status) -> this.publications.retryLater(pending.id(), attempt,
					Instant.now(this.clock).plus(backoff), failure.getMessage()));
			return;
		}
		logger.warn("Delivery of {} to {} failed for good after {} attempts: {}", asset.assetId(), pending.channel(),
				attempt, failure.getMessage());
		this.transactions.executeWithoutResult((status) -> {
			this.publications.failed(pending.id(), attempt, failure.getMessage());
			this.events.publish(Topics.PUBLICATION,
					new PublicationFailed(EventMetadata.now(asset.metadata().tenantId()), asset.assetId(),
							asset.requirementId(), pending.channel(), failure.getMessage(), attempt));
		});
	}

}
