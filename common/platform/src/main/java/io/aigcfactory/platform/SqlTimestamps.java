package io.aigcfactory.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants as JDBC parameters. PostgreSQL's driver binds {@code OffsetDateTime} to
 * {@code timestamp with time zone} but refuses {@code Instant}; H2 takes either.
 */
public final class SqlTimestamps {

	private SqlTimestamps() {
	}

	public static OffsetDateTime of(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
