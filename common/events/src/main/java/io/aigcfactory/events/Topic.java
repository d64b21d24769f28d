package io.aigcfactory.events;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Kafka topic and the one event family it carries. The topic decides the record key, so
 * no publisher can break per-key ordering by choosing another.
 *
 * @param <V> the event family
 * @param name the topic name, carrying the major version
 * @param valueType the event family's type
 * @param keyOf derives the record key from an event
 */
public record Topic<V extends FactoryEvent>(String name, Class<V> valueType, Function<? super V, String> keyOf) {

	/** Suffix of every topic's dead-letter topic. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	public Topic {
		Contracts.requireText(name, "name");
		Objects.requireNonNull(valueType, "valueType");
		Objects.requireNonNull(keyOf, "keyOf");
	}

	/** The record key for an event on this topic. */
	public String keyFor(V event) {
		return this.keyOf.apply(event);
	}

	/** The topic where records that cannot be processed are parked. */
	public String deadLetterName() {
		return this.name + DEAD_LETTER_SUFFIX;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Topic<?> topic) && this.name.equals(topic.name);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
