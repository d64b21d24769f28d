package io.aigcfactory.distribution.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

import io.aigcfactory.distribution.channel.DistributionSettings;

/**
 * When a failed delivery is tried again: full-jitter exponential backoff (a uniform wait
 * between zero and a ceiling that doubles with each attempt up to {@code max-delay}), or
 * the receiver's own {@code Retry-After}, also capped at {@code max-delay}; never after
 * {@code max-attempts} attempts or once the publication is older than {@code max-age}.
 */
final class RetrySchedule {

	private final DistributionSettings.Retry settings;

	private final RandomGenerator random;

	RetrySchedule(DistributionSettings.Retry settings, RandomGenerator random) {
		this.settings = settings;
		this.random = random;
	}

	/**
	 * @param attempts the attempts made so far, the failed one included
	 * @param queuedAt when the publication was queued
	 * @param now the time of the failure
	 * @param retryAfter the wait the receiver asked for, if it did
	 * @return when to try again, or empty when the publication has had its chances
	 */
	Optional<Instant> next(int attempts, Instant queuedAt, Instant now, Optional<Duration> retryAfter) {
		if (attempts >= this.settings.maxAttempts()) {
			return Optional.empty();
		}
		Duration wait = retryAfter.map(this::capped).orElseGet(() -> jittered(attempts));
		Instant next = now.plus(wait);
		if (next.isAfter(queuedAt.plus(this.settings.maxAge()))) {
			return Optional.empty();
		}
		return Optional.of(next);
	}

	/** The highest wait after the given number of attempts. */
	Duration ceiling(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 40);
		long baseMillis = this.settings.baseDelay().toMillis();
		long maxMillis = this.settings.maxDelay().toMillis();
		if (baseMillis > 0 && doublings > 0 && baseMillis > (maxMillis >> doublings)) {
			return this.settings.maxDelay();
		}
		return Duration.ofMillis(Math.min(maxMillis, baseMillis << doublings));
	}

	private Duration jittered(int attempts) {
		long ceiling = ceiling(attempts).toMillis();
		return Duration.ofMillis((ceiling > 0) ? this.random.nextLong(ceiling + 1) : 0);
	}

	private Duration capped(Duration wait) {
		return (wait.compareTo(this.settings.maxDelay()) > 0) ? this.settings.maxDelay() : wait;
	}

}
