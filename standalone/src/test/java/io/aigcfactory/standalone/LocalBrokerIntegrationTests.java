package io.aigcfactory.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The standalone's broker started again on its log directory: records and a consumer
 * group's committed offset are where they were, so the group goes on with the first
 * record it had not committed.
 */
class LocalBrokerIntegrationTests {

	private static final String TOPIC = "restart.v1";

	@TempDir
	Path root;

	@Test
	void keepsRecordsAndCommittedOffsetsAcrossARestart() throws Exception {
		Path log = this.root.resolve("kafka");
		try (LocalBroker broker = LocalBroker.start(log, 1)) {
			try (KafkaProducer<String, String> producer = producer(broker)) {
				for (int i = 1; i <= 4; i++) {
					producer.send(new ProducerRecord<>(TOPIC, "key", "record-" + i)).get();
				}
			}
			try (KafkaConsumer<String, String> consumer = consumer(broker)) {
				List<String> firstTwo = poll(consumer, 2);
				assertThat(firstTwo).containsExactly("record-1", "record-2");
				consumer.commitSync(Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(2)));
			}
		}

		try (LocalBroker restarted = LocalBroker.start(log, 1);
				KafkaConsumer<String, String> consumer = consumer(restarted)) {
			assertThat(poll(consumer, 2)).containsExactly("record-3", "record-4");
		}
	}

	private static KafkaProducer<String, String> producer(LocalBroker broker) {
		return new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
				new StringSerializer(), new StringSerializer());
	}

	private static KafkaConsumer<String, String> consumer(LocalBroker broker) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of("bootstrap.servers", broker.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "restart",
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
						"false", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(TOPIC));
		return consumer;
	}

	private static List<String> poll(KafkaConsumer<String, String> consumer, int count) {
		List<String> values = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
				values.add(record.value());
			}
			return values.size() >= count;
		});
		return values;
	}

}
