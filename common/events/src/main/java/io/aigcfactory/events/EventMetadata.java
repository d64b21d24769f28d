package io.aigcfactory.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every event carries besides its payload. Consumers deduplicate on {@code eventId}.
 *
 * @param eventId UUIDv7, unique per event
 * @param tenantId the tenant the event belongs to
 * @param occurredAt when the fact happened
 * @param schemaVersion the payload's schema version within the topic's major version
 */
public record EventMetadata(UUID eventId, String tenantId, Instant occurredAt, int schemaVersion) {

	public static final int CURRENT_SCHEMA = 1;

	public EventMetadata {
		Objects.requireNonNull(eventId, "eventId");
		Contracts.requireText(tenantId, "tenantId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		if (schemaVersion < 1) {
			throw new IllegalArgumentException("schemaVersion must be >= 1");
		}
	}

	public static EventMetadata now(String tenantId) {
		return new EventMetadata(UuidV7.next(), tenantId, Instant.now(), CURRENT_SCHEMA);
	}

}
