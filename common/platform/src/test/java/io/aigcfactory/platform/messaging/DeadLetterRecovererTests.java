package io.aigcfactory.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaProducerException;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * What the dead-letter publisher sends when Kafka refuses a dead letter for its size, and
 * when a service settles a record whose retries are spent, against a template stub that
 * refuses records over a size as Kafka does.
 */
class DeadLetterRecovererTests {

	private static final String DLT = Topics.ASSET.deadLetterName();

	private final List<ProducerRecord<Object, Object>> attempts = new ArrayList<>();

	private final List<ProducerRecord<Object, Object>> written = new ArrayList<>();

	private final List<ConsumerRecord<?, ?>> settled = new ArrayList<>();

	private final TransientFailures transientFailures = new TransientFailures(
			new MessagingSettings.TransientRetry(8, Duration.ofSeconds(1), 4, Duration.ofMinutes(2), Duration.ZERO,
					List.of(), List.of(), Duration.ofSeconds(15), Duration.ofMinutes(3), 1));

	@SuppressWarnings("unchecked")
	private KafkaOperations<Object, Object> template(int producerLimit, int acceptedValueSize) {
		KafkaOperations<Object, Object> template = mock(KafkaOperations.class);
		ProducerFactory<Object, Object> factory = mock(ProducerFactory.class);
		given(factory.getConfigurationProperties())
			.willReturn(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, producerLimit));
		given(template.getProducerFactory()).willReturn(factory);
		given(template.send(any(ProducerRecord.class))).willAnswer((call) -> {
			ProducerRecord<Object, Object> record = call.getArgument(0);
			this.attempts.add(record);
			if (((byte[]) record.value()).length > acceptedValueSize) {
				return CompletableFuture.failedFuture(new KafkaProducerException(record, "refused",
						new RecordTooLargeException("The message is too large")));
			}
			this.written.add(record);
			return CompletableFuture.completedFuture(
					new SendResult<>(record, new RecordMetadata(new TopicPartition(record.topic(), 0), 0, 0, 0, 0, 0)));
		});
		return template;
	}

	private DeadLetterRecoverer recoverer(KafkaOperations<Object, Object> template, String destination,
			List<RetriesExhausted> settlements) {
		return new DeadLetterRecoverer((record) -> template, (record, ex) -> new TopicPartition(destination, -1),
				this.transientFailures, () -> settlements);
	}

	private static ConsumerRecord<String, byte[]> record(int size) {
		byte[] value = new byte[size];
		for (int i = 0; i < size; i++) {
			value[i] = (byte) ('a' + i % 26);
		}
		return new ConsumerRecord<>(Topics.ASSET.name(), 2, 41L, "key", value);
	}

	private static String header(ProducerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Test
	void parksADeadLetterThatFitsAsItIs() {
		ConsumerRecord<String, byte[]> record = record(1000);
		recoverer(template(1024 * 1024, Integer.MAX_VALUE), DLT, List.of()).accept(record, null,
				new IllegalStateException("permanent"));
		assertThat(this.written).singleElement().satisfies((letter) -> {
			assertThat(letter.value()).isEqualTo(record.value());
			assertThat(header(letter, DeadLetterHeaders.TRUNCATED)).isNull();
		});
	}

	@Test
	void cutsADeadLetterOverTheProducersLimitToFitAndSaysSo() {
		ConsumerRecord<String, byte[]> record = record(5_000_000);
		recoverer(template(1024 * 1024, 1024 * 1024), DLT, List.of()).accept(record, null,
				new IllegalStateException("permanent"));
		assertThat(this.attempts).hasSize(2);
		assertThat(this.written).singleElement().satisfies((letter) -> {
			byte[] value = (byte[]) letter.value();
			assertThat(value.length).isBetween(1000 * 1024, 1024 * 1024);
			assertThat(value).isEqualTo(Arrays.copyOf(record.value(), value.length));
			assertThat(header(letter, DeadLetterHeaders.TRUNCATED)).isEqualTo("true");
			assertThat(header(letter, DeadLetterHeaders.ORIGINAL_VALUE_SIZE)).isEqualTo("5000000");
			assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(Topics.ASSET.name());
		});
	}

	@Test
	void cutsFurtherWhenTheBrokerAllowsLessThanTheProducer() {
		ConsumerRecord<String, byte[]> record = record(3_000_000);
		recoverer(template(4 * 1024 * 1024, 100_000), DLT, List.of()).accept(record, null,
				new IllegalStateException("permanent"));
		assertThat(this.written).singleElement()
			.satisfies((letter) -> assertThat(((byte[]) letter.value()).length).isBetween(50_000, 100_000));
		assertThat(this.attempts).hasSizeLessThan(10);
	}

	@Test
	void dropsTheValueWhenNoPartOfItFitsAndFailsOnlyWhenNothingDoes() {
		recoverer(template(1024 * 1024, 0), DLT, List.of()).accept(record(2_000_000), null,
				new IllegalStateException("permanent"));
		assertThat(this.written).singleElement().satisfies((letter) -> assertThat((byte[]) letter.value()).isEmpty());
		assertThatException().isThrownBy(() -> recoverer(template(1024 * 1024, -1), DLT, List.of())
			.accept(record(2_000_000), null, new IllegalStateException("permanent")));
	}

	@Test
	void letsTheServiceSettleARecordWhosePassingFailureOutlastedItsRetries() {
		RetriesExhausted settle = (record, failure, attempts) -> this.settled.add(record);
		ConsumerRecord<String, byte[]> record = record(10);
		recoverer(template(1024 * 1024, Integer.MAX_VALUE), DLT, List.of(settle)).accept(record, null,
				new IllegalStateException("wrapped", new TransientFailure("model down", null)));
		assertThat(this.settled).containsExactly(record);
		assertThat(this.written).isEmpty();
	}

	@Test
	void deadLettersPermanentFailuresAndRecordsNobodySettlesAndPassesRetriesOn() {
		RetriesExhausted settle = (record, failure, attempts) -> this.settled.add(record);
		recoverer(template(1024 * 1024, Integer.MAX_VALUE), DLT, List.of(settle)).accept(record(10), null,
				new IllegalStateException("permanent"));
		recoverer(template(1024 * 1024, Integer.MAX_VALUE), DLT, List.of((record, failure, attempts) -> false))
			.accept(record(10), null, new TransientFailure("model down", null));
		recoverer(template(1024 * 1024, Integer.MAX_VALUE), Topics.ASSET.name() + ".retry-0", List.of(settle))
			.accept(record(10), null, new TransientFailure("model down", null));
		assertThat(this.settled).isEmpty();
		assertThat(this.written).extracting(ProducerRecord::topic)
			.containsExactly(DLT, DLT, Topics.ASSET.name() + ".retry-0");
	}

}
