package io.aigcfactory.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a requirement: one product submitted for materials, written on the wire as a
 * plain UUID string.
 */
public record RequirementId(@JsonValue UUID value) {

	public RequirementId {
		Objects.requireNonNull(value, "value");
	}

	public static RequirementId next() {
		return new RequirementId(UuidV7.next());
	}

	@JsonCreator
	public static RequirementId of(String value) {
		return new RequirementId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
