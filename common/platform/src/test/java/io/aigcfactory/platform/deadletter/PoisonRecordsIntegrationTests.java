package io.aigcfactory.platform.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.RecordingListener;
import io.aigcfactory.platform.Samples;
import io.aigcfactory.platform.messaging.DeadLetterHeaders;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault R3: records a consumer can never read (malformed JSON, valid JSON of no event of
 * the topic's family, a 5 MB record) go to the dead-letter topic on their first attempt,
 * each exactly once, and the records behind them on the same partition are still handled.
 * The broker accepts records up to 6 MiB, and another producer writes them, but the
 * service's own producer keeps Kafka's default 1 MiB {@code max.request.size}: the 5 MB
 * record's dead letter is parked cut to fit, saying so in its headers.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
		brokerProperties = { "message.max.bytes=" + PoisonRecordsIntegrationTests.LIMIT,
				"replica.fetch.max.bytes=" + PoisonRecordsIntegrationTests.LIMIT })
class PoisonRecordsIntegrationTests {

	static final int LIMIT = 6 * 1024 * 1024;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "platform");
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	RecordingListener listener;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void deadLettersEachUnreadableRecordOnItsFirstAttemptCountsThemExactlyAndKeepsTheFlow() throws Exception {
		String run = UUID.randomUUID().toString();
		byte[] malformed = "{\"type\":\"AssetProduced\",\"metadata\":{".getBytes(StandardCharsets.UTF_8);
		byte[] wrongSchema = "{\"sku\":\"SKU-1\",\"title\":\"a product, not an asset event\",\"price\":19.9}"
			.getBytes(StandardCharsets.UTF_8);
		byte[] huge = new byte[5 * 1000 * 1000];
		Arrays.fill(huge, (byte) 'x');
		huge[0] = '"';
		huge[huge.length - 1] = '"';
		Map<String, byte[]> poison = Map.of("malformed-" + run, malformed, "wrong-schema-" + run, wrongSchema,
				"huge-" + run, huge);
		AssetProduced after = Samples.assetProduced("after the poison " + run);
		double before = deadLettered();

		Map<String, RecordMetadata> sent = new HashMap<>();
		try (TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName());
				Producer<String, byte[]> upstream = upstreamProducer()) {
			for (String key : List.of("malformed-" + run, "wrong-schema-" + run, "huge-" + run)) {
				sent.put(key, upstream.send(new ProducerRecord<>(Topics.ASSET.name(), key, poison.get(key))).get());
			}
			this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(after), after).get();

			// One partition: the valid record is behind all three.
			await().atMost(Duration.ofSeconds(60)).until(() -> this.listener.handled.contains(after));
			List<ConsumerRecord<String, byte[]>> ours = await().atMost(Duration.ofSeconds(30))
				.until(() -> deadLetters.records()
					.stream()
					.filter((record) -> record.key() != null && record.key().endsWith(run))
					.toList(), (records) -> records.size() >= 3);

			Map<String, ConsumerRecord<String, byte[]>> byKey = ours.stream()
				.collect(Collectors.toMap(ConsumerRecord::key, Function.identity()));
			assertThat(ours).hasSize(3);
			assertThat(byKey).containsOnlyKeys(poison.keySet());
			poison.forEach((key, value) -> {
				ConsumerRecord<String, byte[]> letter = byKey.get(key);
				// Straight from the main topic: no retry topic was in between.
				assertThat(header(letter, "kafka_original-topic")).isEqualTo(Topics.ASSET.name());
				assertThat(ByteBuffer.wrap(letter.headers().lastHeader("kafka_original-partition").value()).getInt())
					.isEqualTo(sent.get(key).partition());
				assertThat(ByteBuffer.wrap(letter.headers().lastHeader("kafka_original-offset").value()).getLong())
					.isEqualTo(sent.get(key).offset());
				assertThat(header(letter, "kafka_exception-fqcn"))
					.isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
			});
			for (String key : List.of("malformed-" + run, "wrong-schema-" + run)) {
				assertThat(byKey.get(key).value()).isEqualTo(poison.get(key));
				assertThat(header(byKey.get(key), DeadLetterHeaders.TRUNCATED)).isNull();
			}
			// Over the service producer's 1 MiB: parked with the start of its value.
			ConsumerRecord<String, byte[]> cut = byKey.get("huge-" + run);
			assertThat(header(cut, DeadLetterHeaders.TRUNCATED)).isEqualTo("true");
			assertThat(header(cut, DeadLetterHeaders.ORIGINAL_VALUE_SIZE)).isEqualTo(Integer.toString(huge.length));
			assertThat(cut.value().length).isBetween(900 * 1024, 1024 * 1024);
			assertThat(cut.value()).isEqualTo(Arrays.copyOf(huge, cut.value().length));
			assertThat(deadLettered()).isEqualTo(before + 3);
			assertThat(this.listener.handled).filteredOn(after::equals).hasSize(1);
		}
	}

	/** A producer elsewhere whose limit is the broker's, not the service's. */
	private Producer<String, byte[]> upstreamProducer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers,
				ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LIMIT), new StringSerializer(), new ByteArraySerializer());
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private double deadLettered() {
		Counter counter = this.meters.find("aigc.dead.letters").tag("topic", Topics.ASSET.name()).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
