package io.aigcfactory.platform.messaging;

import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.FactoryEvent;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Writes record values: events through the one {@link EventCodec}, and bytes as they are
 * (outbox rows are stored encoded; dead letters keep their original bytes).
 */
public class PayloadSerializer implements Serializer<Object> {

	@Override
	public byte @Nullable [] serialize(String topic, @Nullable Object data) {
		return switch (data) {
			case null -> null;
			case byte[] bytes -> bytes;
			case FactoryEvent event -> EventCodec.encode(event);
			default -> throw new SerializationException("Not an event: " + data.getClass().getName());
		};
	}

}
