package io.aigcfactory.distribution.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.aigcfactory.distribution.publication.Publications.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Renews the lease of each delivery in progress every third of the lease, so a slow
 * receiver does not let the lease run out under a live worker. A renewal that finds the
 * claim gone stops renewing; the delivery's outcome will then change nothing either.
 */
final class LeaseKeeper {

	private static final Logger logger = LoggerFactory.getLogger(LeaseKeeper.class);

	private final Publications publications;

	private final TransactionOperations transactions;

	private final Duration lease;

	private final Clock clock;

	private final ScheduledExecutorService renewals = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("delivery-leases").daemon().factory());

	LeaseKeeper(Publications publications, TransactionOperations transactions, Duration lease, Clock clock) {
		this.publications = publications;
		this.transactions = transactions;
		this.lease = lease;
		this.clock = clock;
	}

	/** Keeps renewing the claim until the returned handle is closed. */
	Renewal keep(Claim claim) {
		long every = this.lease.toMillis() / 3;
		AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
		self.set(
				this.renewals.scheduleAtFixedRate(() -> renew(claim, self.get()), every, every, TimeUnit.MILLISECONDS));
		return () -> self.get().cancel(false);
	}

	private void renew(Claim claim, ScheduledFuture<?> self) {
		try {
			Boolean held = this.transactions
				.execute((status) -> this.publications.renew(claim, Instant.now(this.clock).plus(this.lease)));
			if (!Boolean.TRUE.equals(held)) {
				logger.warn("Lease of publication {} was lost; its delivery will not record an outcome", claim.id());
				self.cancel(false);
			}
		}
		catch (RuntimeException ex) {
			// The lease is a third used up at worst; the next renewal tries again.
			logger.warn("Could not renew the lease of publication {}: {}", claim.id(), ex.toString());
		}
	}

	void shutdown() {
		this.renewals.shutdownNow();
	}

	/** A renewal in progress. */
	interface Renewal extends AutoCloseable {

		@Override
		void close();

	}

}
