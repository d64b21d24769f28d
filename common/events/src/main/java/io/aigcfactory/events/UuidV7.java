package io.aigcfactory.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562, version 7): ids sort by creation time, which keeps
 * database indexes and logs in arrival order.
 */
public final class UuidV7 {

	private static final SecureRandom RANDOM = new SecureRandom();

	private UuidV7() {
	}

	public static UUID next() {
		return next(Clock.systemUTC());
	}

	static UUID next(Clock clock) {
		long millis = clock.millis();
		long randA = RANDOM.nextInt(1 << 12);
		long msb = (millis << 16) | (0x7L << 12) | randA;
		long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(msb, lsb);
	}

}
