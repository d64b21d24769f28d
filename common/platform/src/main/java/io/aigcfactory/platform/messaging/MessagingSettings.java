package io.aigcfactory.platform.messaging;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How services use Kafka.
 *
 * @param partitions partitions of each topic and dead-letter topic this service creates
 * @param replicationFactor replicas of each topic it creates: 1 for the embedded broker,
 * 3 in the {@code cluster} profile
 * @param minInsyncReplicas replicas that must hold a record before a producer with
 * {@code acks=all} counts it as written: 1 embedded, 2 in the {@code cluster} profile, so
 * that one broker can be lost without losing an acknowledged record
 * @param retryInterval the wait between attempts at a record whose handling failed, for
 * listeners on topics outside the platform's {@code Topics}
 * @param retryAttempts further attempts before such a record goes to its dead-letter
 * topic
 * @param transientRetry how records of the platform's topics whose handling failed for a
 * passing reason are tried again
 * @param outbox how the transactional outbox is relayed to Kafka
 * @param processedEventsRetention how long consumed event ids are remembered for
 * deduplication; longer than the topics' retention
 */
@Validated
@ConfigurationProperties("aigc.messaging")
public record MessagingSettings(@DefaultValue("3") @Positive int partitions,
		@DefaultValue("1") @Positive @Max(Short.MAX_VALUE) int replicationFactor,
		@DefaultValue("1") @Positive int minInsyncReplicas, @DefaultValue("500ms") @NotNull Duration retryInterval,
		@DefaultValue("3") @PositiveOrZero int retryAttempts, @DefaultValue @Valid Outbox outbox,
		@DefaultValue("14d") @NotNull Duration processedEventsRetention,
		@DefaultValue @Valid TransientRetry transientRetry) {

	/** Whether a write can be acknowledged at all: the topics hold enough replicas. */
	@AssertTrue(message = "min-insync-replicas must not exceed replication-factor")
	public boolean isMinInsyncReplicasReachable() {
		return this.minInsyncReplicas <= this.replicationFactor;
	}

	/**
	 * Outbox relay settings.
	 *
	 * @param pollInterval how often the relay looks for rows when no commit woke it
	 * @param batchSize rows claimed per round
	 * @param sendTimeout how long a round waits for Kafka to acknowledge its records; a
	 * row is claimed for twice this, and a relay that dies leaves its rows to others
	 * after that
	 * @param maxAttempts sends of a row before it is parked: left in the table with its
	 * last error, counted in {@code aigc_outbox_parked_total}, holding back the later
	 * rows of its record key while other keys flow
	 * @param firstRetryDelay the wait before a failed row is sent again; it doubles with
	 * each attempt
	 * @param maxRetryDelay the longest wait between two sends of one row
	 */
	public record Outbox(@DefaultValue("1s") @NotNull Duration pollInterval,
			@DefaultValue("500") @Positive int batchSize, @DefaultValue("10s") @NotNull Duration sendTimeout,
			@DefaultValue("10") @Positive int maxAttempts, @DefaultValue("1s") @NotNull Duration firstRetryDelay,
			@DefaultValue("5m") @NotNull Duration maxRetryDelay) {

		/** The wait before the send that follows the given number of failed ones. */
		public Duration retryDelay(int failedAttempts) {
			Duration delay = this.firstRetryDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
			return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
		}

	}

	/**
	 * Non-blocking retries of records whose handling failed for a passing reason (a
	 * database failover, a model server restart, a broker hiccup). Such a record leaves
	 * its partition for a chain of retry topics ({@code <topic>.retry-0}, {@code -1},
	 * ...), each consumed once its delay has passed, and goes to the dead-letter topic
	 * when the attempts are spent. Any other failure is taken as permanent and
	 * dead-lettered at once.
	 * <p>
	 * Ordering: a record being retried no longer holds back its partition, so later
	 * records of the same key (the same requirement) are handled before it. Listeners
	 * must therefore treat events as independent facts and stay idempotent (the
	 * {@link IdempotentConsumer}); a consumer that needs strict per-key order must not
	 * throw a transient failure but handle it in place.
	 *
	 * @param attempts deliveries of a record in all, the first one included; the retry
	 * topics number one less
	 * @param firstDelay the wait before the first retry
	 * @param multiplier how much each wait grows over the one before
	 * @param maxDelay the longest wait between two retries
	 * @param jitter up to how much each retry topic's wait is moved, up or down, at
	 * random; drawn when the service starts, so instances of a service retry at different
	 * moments
	 * @param exceptions failures taken as passing beyond the built-in ones (transient
	 * data access failures, a database that cannot be reached or dropped the connection,
	 * Kafka's retriable errors, timeouts and {@link TransientFailure}); matched anywhere
	 * in the cause chain
	 * @param blockingTopics topics whose listeners keep the blocking error handler
	 * instead of retry topics: those of batch listeners, which retry topics do not
	 * support. There a passing failure is retried in place, holding up the partition,
	 * with the same growing waits up to {@code blocking-max-delay} each and
	 * {@code blocking-budget} in all; any other failure after {@code retry-interval} ×
	 * {@code retry-attempts}
	 * @param blockingMaxDelay the longest wait between two tries of a blocking listener's
	 * record; the consumer sleeps through it, so it must stay well under the consumer's
	 * {@code max.poll.interval.ms}
	 * @param blockingBudget the sum of the waits after which a blocking listener gives up
	 * on a record whose failure may pass: the service's {@link RetriesExhausted} settles
	 * it, or it goes to the dead-letter topic
	 * @param consumers consumers per retry topic in each service instance: a retry topic
	 * carries only the records whose handling failed for a passing reason, so one
	 * consumer reading all its partitions keeps up, where one per partition (the
	 * listeners' concurrency) would each poll an idle topic
	 */
	public record TransientRetry(@DefaultValue("8") @Min(2) @Max(20) int attempts,
			@DefaultValue("1s") @NotNull Duration firstDelay, @DefaultValue("4") @DecimalMin("1.0") double multiplier,
			@DefaultValue("2m") @NotNull Duration maxDelay, @DefaultValue("250ms") @NotNull Duration jitter,
			@DefaultValue List<Class<? extends Throwable>> exceptions, @DefaultValue List<String> blockingTopics,
			@DefaultValue("15s") @NotNull Duration blockingMaxDelay,
			@DefaultValue("3m") @NotNull Duration blockingBudget, @DefaultValue("1") @Positive int consumers) {

		/** Whether a wait can be long enough to absorb the jitter. */
		@AssertTrue(message = "jitter must be shorter than first-delay")
		public boolean isJitterBelowFirstDelay() {
			return this.jitter.compareTo(this.firstDelay) < 0;
		}

	}

}
