package io.aigcfactory.distribution.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import io.aigcfactory.distribution.channel.DistributionSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-jitter backoff, Retry-After and the limits of a delivery's retries. */
class RetryScheduleTests {

	static final Instant QUEUED = Instant.parse("2026-11-30T00:00:00Z");

	final RetrySchedule schedule = new RetrySchedule(
			new DistributionSettings.Retry(20, Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofHours(1)),
			new SplittableRandom(7));

	@Test
	void theCeilingDoublesUpToTheCap() {
		assertThat(this.schedule.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.schedule.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.schedule.ceiling(11)).isEqualTo(Duration.ofSeconds(2048));
		assertThat(this.schedule.ceiling(12)).isEqualTo(Duration.ofHours(1));
		assertThat(this.schedule.ceiling(60)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void waitsAreSpreadOverTheWholeRangeBelowTheCeiling() {
		Instant now = QUEUED.plusSeconds(60);
		long below = 0;
		long above = 0;
		for (int i = 0; i < 1000; i++) {
			Duration wait = Duration.between(now, this.schedule.next(5, QUEUED, now, Optional.empty()).orElseThrow());
			assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(32));
			below += (wait.compareTo(Duration.ofSeconds(8)) < 0) ? 1 : 0;
			above += (wait.compareTo(Duration.ofSeconds(24)) > 0) ? 1 : 0;
		}
		// Full jitter: about a quarter in each outer quarter, not all near the ceiling.
		assertThat(below).isBetween(150L, 350L);
		assertThat(above).isBetween(150L, 350L);
	}

	@Test
	void honoursRetryAfterUpToTheCap() {
		Instant now = QUEUED.plusSeconds(60);
		assertThat(this.schedule.next(1, QUEUED, now, Optional.of(Duration.ofMinutes(10))))
			.contains(now.plus(Duration.ofMinutes(10)));
		assertThat(this.schedule.next(1, QUEUED, now, Optional.of(Duration.ofDays(2))))
			.contains(now.plus(Duration.ofHours(1)));
	}

	@Test
	void stopsAtTheAttemptLimitOrTheMaximumAge() {
		assertThat(this.schedule.next(20, QUEUED, QUEUED.plusSeconds(60), Optional.empty())).isEmpty();
		assertThat(this.schedule.next(3, QUEUED, QUEUED.plus(Duration.ofHours(24)), Optional.of(Duration.ofSeconds(1))))
			.isEmpty();
		assertThat(this.schedule.next(19, QUEUED, QUEUED.plus(Duration.ofHours(20)), Optional.empty())).isPresent();
	}

}
