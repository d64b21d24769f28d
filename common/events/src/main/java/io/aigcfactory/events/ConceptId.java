package io.aigcfactory.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a concept: one creative angle written for a requirement, written on the wire
 * as a plain UUID string.
 */
public record ConceptId(@JsonValue UUID value) {

	public ConceptId {
		Objects.requireNonNull(value, "value");
	}

	public static ConceptId next() {
		return new ConceptId(UuidV7.next());
	}

	@JsonCreator
	public static ConceptId of(String value) {
		return new ConceptId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
