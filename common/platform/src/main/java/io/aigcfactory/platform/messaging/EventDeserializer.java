package io.aigcfactory.platform.messaging;

import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.FactoryEvent;
import io.aigcfactory.events.Topic;
import io.aigcfactory.events.Topics;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record value as an event of the family its topic carries, a retry or
 * dead-letter topic carrying its main topic's family. Wrapped in Spring Kafka's
 * {@code ErrorHandlingDeserializer}, so a record it cannot read goes straight to the
 * dead-letter topic instead of blocking its partition.
 */
public class EventDeserializer implements Deserializer<FactoryEvent> {

	@Override
	public @Nullable FactoryEvent deserialize(String topic, byte @Nullable [] data) {
		if (data == null) {
			return null;
		}
		Topic<?> family = Topics.byName(mainTopic(topic))
			.orElseThrow(() -> new SerializationException("No event family is registered for topic " + topic));
		return EventCodec.decode(data, family.valueType());
	}

	/**
	 * The topic a retry or dead-letter topic belongs to: its records are of its family.
	 */
	static String mainTopic(String topic) {
		if (topic.endsWith(Topic.DEAD_LETTER_SUFFIX)) {
			return topic.substring(0, topic.length() - Topic.DEAD_LETTER_SUFFIX.length());
		}
		int retry = topic.lastIndexOf(NonBlockingRetries.RETRY_SUFFIX + "-");
		return (retry > 0) ? topic.substring(0, retry) : topic;
	}

}
