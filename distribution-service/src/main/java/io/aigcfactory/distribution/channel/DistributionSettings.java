package io.aigcfactory.distribution.channel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How publications are delivered.
 *
 * @param exportRoot the parent of filesystem channels' folders, unless a channel names
 * its own directory
 * @param publicBaseUrl the platform's public URL, for links to files in webhook payloads
 * @param pollInterval how often the delivery worker looks for due publications when no
 * new one woke it
 * @param concurrency deliveries in progress at once, over all channels
 * @param lease how long a worker owns a claimed publication; renewed while the delivery
 * runs, so it only runs out when the worker is gone
 * @param retry when failed deliveries are tried again
 * @param channel how each channel is protected from a receiver that fails or hangs
 */
@Validated
@ConfigurationProperties("aigc.distribution")
public record DistributionSettings(@NotNull Path exportRoot, @NotNull URI publicBaseUrl,
		@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("16") @Positive int concurrency,
		@DefaultValue("2m") @NotNull Duration lease, @DefaultValue @Valid @NotNull Retry retry,
		@DefaultValue @Valid @NotNull ChannelLimits channel) {

	/** Whether a lease is long enough to be renewed before it runs out. */
	@AssertTrue(message = "lease must be at least 3s")
	public boolean isLeaseRenewable() {
		return this.lease.toMillis() >= 3_000;
	}

	/**
	 * Retries of failed deliveries: full-jitter exponential backoff, so that many
	 * publications failing together do not come back together. The wait before attempt
	 * {@code n + 1} is uniform between zero and {@code min(max-delay, base-delay × 2^n)};
	 * a receiver's {@code Retry-After} on 429 or 503 replaces it.
	 *
	 * @param maxAttempts delivery attempts before a publication fails for good
	 * @param maxAge how long after it was queued a publication may still be retried
	 * @param baseDelay the ceiling of the first wait, doubled with each attempt
	 * @param maxDelay the highest ceiling of any wait, and of a {@code Retry-After}
	 */
	public record Retry(@DefaultValue("20") @Positive int maxAttempts, @DefaultValue("24h") @NotNull Duration maxAge,
			@DefaultValue("2s") @NotNull Duration baseDelay, @DefaultValue("1h") @NotNull Duration maxDelay) {

	}

	/**
	 * Per-channel protection: a Resilience4j circuit breaker and a bulkhead for each
	 * channel, so that one failing or hung receiver holds at most {@code max-concurrency}
	 * delivery slots and is left alone while its breaker is open.
	 *
	 * @param maxConcurrency deliveries in progress at once to one channel
	 * @param failureRate the percentage of failed calls in the window that opens the
	 * breaker
	 * @param window the calls the failure rate is measured over
	 * @param minimumCalls calls needed in the window before the rate counts
	 * @param openFor how long an open breaker rejects calls before it lets one try
	 * @param responseBodyLimit the most of a receiver's answer that is read
	 */
	public record ChannelLimits(@DefaultValue("4") @Positive int maxConcurrency,
			@DefaultValue("50") @Positive @Max(100) int failureRate, @DefaultValue("10") @Positive int window,
			@DefaultValue("5") @Positive int minimumCalls, @DefaultValue("30s") @NotNull Duration openFor,
			@DefaultValue("64KB") @NotNull DataSize responseBodyLimit) {

	}

}
