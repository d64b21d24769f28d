package io.aigcfactory.platform.deadletter;

import io.aigcfactory.events.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.support.LoggingProducerListener;

/**
 * Counts each record that Kafka acknowledged on a dead-letter topic in
 * {@code aigc_dead_letters_total}, tagged with the topic it came from. Sitting on the
 * producer, it counts the dead letters of every path that writes them: the retry topics'
 * last step, a permanent failure and an unreadable record. Send failures are logged as
 * Spring Kafka's default listener logs them.
 */
class DeadLetterCounter extends LoggingProducerListener<Object, Object> {

	static final String METER = "aigc.dead.letters";

	private final ObjectProvider<MeterRegistry> registry;

	DeadLetterCounter(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
		String topic = record.topic();
		if (!topic.endsWith(Topic.DEAD_LETTER_SUFFIX)) {
			return;
		}
		String original = topic.substring(0, topic.length() - Topic.DEAD_LETTER_SUFFIX.length());
		this.registry.ifAvailable((meters) -> Counter.builder(METER)
			.description("Records written to a dead-letter topic, by the topic they came from")
			.tag("topic", original)
			.register(meters)
			.increment());
	}

}
