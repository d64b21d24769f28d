package io.aigcfactory.distribution.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.aigcfactory.distribution.channel.Channel;
import io.aigcfactory.distribution.channel.ChannelUnavailable;
import io.aigcfactory.distribution.channel.Channels;
import io.aigcfactory.distribution.channel.Delivery;
import io.aigcfactory.distribution.channel.DeliveryFailed;
import io.aigcfactory.distribution.channel.DistributionSettings;
import io.aigcfactory.distribution.publication.LeaseKeeper.Renewal;
import io.aigcfactory.distribution.publication.Publications.Pending;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.boot.ShutdownOrder;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.observability.DeferredTraces;
import io.aigcfactory.platform.polling.PollingLoop;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Delivers due publications to their channels, several at once (each channel within its
 * own bulkhead) so that a slow receiver does not hold up the others. A delivery's lease
 * is renewed while it runs, and its outcome is recorded only under the claim it was made
 * with. Recording is retried on a database error; if it still fails, the publication is
 * left claimed and delivered again, with the same {@code webhook-id}, once the lease runs
 * out, and is never marked failed for it. Failed deliveries are retried by
 * {@link RetrySchedule}; each final outcome is recorded and announced in one transaction.
 * Each delivery attempt is a span in the trace that queued the publication.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);

	private final Publications publications;

	private final Channels channels;

	private final EventPublisher events;

	private final TransactionOperations transactions;

	private final DistributionSettings settings;

	private final Clock clock;

	private final RetrySchedule retries;

	private final LeaseKeeper leases;

	private final DeferredTraces traces;

	private final RetryTemplate recording = new RetryTemplate(RetryPolicy.builder()
		.maxRetries(6)
		.delay(Duration.ofMillis(200))
		.multiplier(2)
		.maxDelay(Duration.ofSeconds(5))
		.build());

	private final Semaphore slots;

	private final PollingLoop loop;

	private volatile @Nullable ExecutorService deliveries;

	DeliveryWorker(Publications publications, Channels channels, EventPublisher events,
			TransactionOperations transactions, DistributionSettings settings, Clock clock, DeferredTraces traces) {
		this.publications = publications;
		this.channels = channels;
		this.events = events;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.traces = traces;
		// Deliveries run on many threads: each draws from its own thread's generator.
		this.retries = new RetrySchedule(settings.retry(), () -> ThreadLocalRandom.current().nextLong());
		this.leases = new LeaseKeeper(publications, transactions, settings.lease(), clock);
		this.slots = new Semaphore(settings.concurrency());
		this.loop = new PollingLoop("delivery-dispatcher", settings.pollInterval(), this::dispatchDue);
	}

	void wakeUp() {
		this.loop.wakeUp();
	}

	@Override
	public void start() {
		this.deliveries = Executors.newVirtualThreadPerTaskExecutor();
		this.loop.start();
	}

	@Override
	public void stop() {
		this.loop.stop(Duration.ofSeconds(5));
		ExecutorService executor = this.deliveries;
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.leases.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.loop.isRunning();
	}

	@Override
	public int getPhase() {
		// Last to stop: the outcomes of its last deliveries stay in the outbox table,
		// which the next start sends.
		return ShutdownOrder.WORKERS;
	}

	private void dispatchDue() {
		ExecutorService executor = this.deliveries;
		if (executor == null || executor.isShutdown()) {
			return;
		}
		List<Pending> due;
		do {
			int free = Math.max(1, this.slots.availablePermits());
			due = this.transactions
				.execute((status) -> this.publications.claimDue(free, this.settings.lease(), Instant.now(this.clock)));
			for (Pending pending : (due != null) ? due : List.<Pending>of()) {
				this.slots.acquireUninterruptibly();
				executor.execute(() -> {
					try (Renewal renewal = this.leases.keep(pending.claim())) {
						this.traces.resume(subject(pending), "deliver " + pending.channel(), () -> deliver(pending));
					}
					finally {
						this.slots.release();
						wakeUp();
					}
				});
			}
		}
		while (due != null && !due.isEmpty() && this.loop.isRunning());
	}

	private void deliver(Pending pending) {
		int attempt = pending.attempts() + 1;
		String location;
		try {
			Channel channel = this.channels.find(pending.channel())
				.orElseThrow(() -> new DeliveryFailed("Channel " + pending.channel() + " is not configured", false));
			location = channel.publish(new Delivery(pending.id(), pending.asset()));
		}
		catch (ChannelUnavailable ex) {
			record(pending, "postponed",
					() -> this.publications.postpone(pending.claim(), Instant.now(this.clock).plus(ex.tryAgainIn())));
			return;
		}
		catch (DeliveryFailed ex) {
			failed(pending, attempt, ex);
			return;
		}
		catch (RuntimeException ex) {
			failed(pending, attempt, new DeliveryFailed(ex.toString(), true, ex));
			return;
		}
		AssetInspected asset = pending.asset();
		record(pending, "published", () -> {
			if (!this.publications.published(pending.claim(), attempt, location, Instant.now(this.clock))) {
				return false;
			}
			this.traces.forget(subject(pending));
			this.events.publish(Topics.PUBLICATION,
					new AssetPublished(EventMetadata.now(asset.metadata().tenantId()), asset.assetId(),
							asset.requirementId(), pending.channel(), location, asset.angle(), asset.product()));
			return true;
		});
	}

	private void failed(Pending pending, int attempt, DeliveryFailed failure) {
		AssetInspected asset = pending.asset();
		Instant now = Instant.now(this.clock);
		Optional<Instant> next = failure.retryable()
				? this.retries.next(attempt, pending.queuedAt(), now, failure.retryAfter()) : Optional.empty();
		if (next.isPresent()) {
			logger.info("Delivery of {} to {} failed (attempt {}), retrying at {}: {}", asset.assetId(),
					pending.channel(), attempt, next.get(), failure.getMessage());
			record(pending, "retry",
					() -> this.publications.retryLater(pending.claim(), attempt, next.get(), failure.getMessage()));
			return;
		}
		logger.warn("Delivery of {} to {} failed for good after {} attempts: {}", asset.assetId(), pending.channel(),
				attempt, failure.getMessage());
		record(pending, "failed", () -> {
			if (!this.publications.failed(pending.claim(), attempt, failure.getMessage())) {
				return false;
			}
			this.traces.forget(subject(pending));
			this.events.publish(Topics.PUBLICATION,
					new PublicationFailed(EventMetadata.now(asset.metadata().tenantId()), asset.assetId(),
							asset.requirementId(), pending.channel(), failure.getMessage(), attempt));
			return true;
		});
	}

	private static String subject(Pending pending) {
		return Publications.traceSubject(pending.asset().assetId(), pending.channel());
	}

	/**
	 * Records an outcome in its own transaction, retried on failure. An outcome whose
	 * claim was taken over changes nothing.
	 */
	private void record(Pending pending, String outcome, Supplier<Boolean> update) {
		try {
			Boolean held = this.recording.execute(() -> this.transactions.execute((status) -> update.get()));
			if (!Boolean.TRUE.equals(held)) {
				logger.warn("Publication {} was claimed by another worker; its {} outcome is dropped", pending.id(),
						outcome);
			}
		}
		catch (RetryException ex) {
			logger.error("Could not record the {} outcome of publication {}; it is delivered again once its "
					+ "lease runs out: {}", outcome, pending.id(), String.valueOf(ex.getCause()));
		}
	}

}
