package io.aigcfactory.platform.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.aigcfactory.events.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import org.springframework.kafka.core.ConsumerFactory;

/**
 * Reads dead-letter topics as raw bytes with a consumer of its own that joins no group
 * and commits nothing, so reading never moves anyone's offsets.
 */
class DeadLetterTopics {

	private final Map<String, Object> consumerConfig;

	private final Duration timeout;

	DeadLetterTopics(ConsumerFactory<?, ?> consumers, DeadLetterSettings settings) {
		Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
		this.consumerConfig = Map.copyOf(config);
		this.timeout = settings.readTimeout();
	}

	/**
	 * The newest records of the topic's dead-letter topic, at most {@code limit} per
	 * partition.
	 */
	List<ConsumerRecord<byte[], byte[]>> newest(Topic<?> topic, int limit) {
		try (Consumer<byte[], byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = partitions(consumer, topic.deadLetterName());
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, this.timeout);
			Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions, this.timeout);
			Map<TopicPartition, Long> remaining = new HashMap<>();
			for (TopicPartition partition : partitions) {
				long end = ends.get(partition);
				consumer.seek(partition, Math.max(starts.get(partition), end - limit));
				if (consumer.position(partition, this.timeout) < end) {
					remaining.put(partition, end);
				}
			}
			List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
			Instant deadline = Instant.now().plus(this.timeout);
			while (!remaining.isEmpty()) {
				requireBefore(deadline, topic);
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					TopicPartition partition = new TopicPartition(record.topic(), record.partition());
					if (remaining.containsKey(partition) && record.offset() < remaining.get(partition)) {
						records.add(record);
					}
				}
				remaining.keySet().removeIf((partition) -> consumer.position(partition) >= remaining.get(partition));
			}
			return records;
		}
	}

	/**
	 * The record at the given place on the topic's dead-letter topic, if there is one.
	 */
	Optional<ConsumerRecord<byte[], byte[]>> at(Topic<?> topic, int partition, long offset) {
		try (Consumer<byte[], byte[]> consumer = consumer()) {
			if (partitions(consumer, topic.deadLetterName()).stream().noneMatch((p) -> p.partition() == partition)) {
				return Optional.empty();
			}
			TopicPartition place = new TopicPartition(topic.deadLetterName(), partition);
			consumer.assign(List.of(place));
			long end = consumer.endOffsets(List.of(place), this.timeout).get(place);
			long start = consumer.beginningOffsets(List.of(place), this.timeout).get(place);
			if (offset < start || offset >= end) {
				return Optional.empty();
			}
			consumer.seek(place, offset);
			Instant deadline = Instant.now().plus(this.timeout);
			while (consumer.position(place) < end) {
				requireBefore(deadline, topic);
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() == offset) {
						return Optional.of(record);
					}
				}
			}
			// A transaction marker or a compacted record: nothing to re-drive there.
			return Optional.empty();
		}
	}

	private List<TopicPartition> partitions(Consumer<?, ?> consumer, String name) {
		List<PartitionInfo> infos = consumer.partitionsFor(name, this.timeout);
		return infos.stream().map((info) -> new TopicPartition(name, info.partition())).toList();
	}

	private void requireBefore(Instant deadline, Topic<?> topic) {
		if (Instant.now().isAfter(deadline)) {
			throw new IllegalStateException(
					"Reading " + topic.deadLetterName() + " took longer than " + this.timeout + "; try again");
		}
	}

	private Consumer<byte[], byte[]> consumer() {
		return new KafkaConsumer<>(this.consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

}
