package io.aigcfactory.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an asset: the materials produced from one concept, written on the wire as a
 * plain UUID string.
 */
public record AssetId(@JsonValue UUID value) {

	public AssetId {
		Objects.requireNonNull(value, "value");
	}

	public static AssetId next() {
		return new AssetId(UuidV7.next());
	}

	@JsonCreator
	public static AssetId of(String value) {
		return new AssetId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
