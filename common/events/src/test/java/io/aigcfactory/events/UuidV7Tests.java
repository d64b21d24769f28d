package io.aigcfactory.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UuidV7Tests {

	@Test
	void isVersion7WithTheRfcVariant() {
		UUID id = UuidV7.next();
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
	}

	@Test
	void carriesItsMillisecondTimestampFirstSoIdsSortByTime() {
		Instant at = Instant.parse("2026-11-23T08:00:00.123Z");
		UUID earlier = UuidV7.next(Clock.fixed(at, ZoneOffset.UTC));
		UUID later = UuidV7.next(Clock.fixed(at.plusMillis(1), ZoneOffset.UTC));
		assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
		assertThat(earlier.toString()).isLessThan(later.toString());
	}

}
