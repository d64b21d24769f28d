package io.aigcfactory.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class OutboxHealthIndicatorTests {

	private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private final OutboxRows rows = mock(OutboxRows.class);

	private final OutboxHealthIndicator indicator = new OutboxHealthIndicator(this.rows, Duration.ofMinutes(5),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void upWhileTheOldestUnsentRowIsYoungerThanTheLimit() {
		given(this.rows.pending()).willReturn(12L);
		given(this.rows.parked()).willReturn(1L);
		given(this.rows.oldestPending()).willReturn(Optional.of(NOW.minusSeconds(30)));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("pending", 12L)
			.containsEntry("parked", 1L)
			.containsEntry("oldestPendingAge", "PT30S");
	}

	@Test
	void upWhenNothingWaits() {
		given(this.rows.oldestPending()).willReturn(Optional.empty());
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void downOnceTheOldestUnsentRowIsOlderThanTheLimit() {
		given(this.rows.pending()).willReturn(400L);
		given(this.rows.oldestPending()).willReturn(Optional.of(NOW.minus(Duration.ofMinutes(6))));

		Health health = this.indicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("oldestPendingAge", "PT6M");
	}

}
