package io.aigcfactory.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.aigcfactory.events.Topic;
import io.aigcfactory.platform.messaging.DeadLetterHeaders;
import io.aigcfactory.platform.web.ConflictingRequest;
import io.aigcfactory.platform.web.NotFound;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Lists dead letters and re-publishes one to the topic it failed on, at most once. The
 * claim in the audit table and the send share a transaction: a send that fails leaves the
 * dead letter free to be re-driven again; a crash after the send but before the commit
 * can publish it twice, which the consumers' idempotence absorbs.
 */
class DeadLetterRedrive {

	private final DeadLetterTopics topics;

	private final Redrives redrives;

	private final KafkaOperations<String, Object> kafka;

	private final TransactionOperations transactions;

	private final DeadLetterSettings settings;

	DeadLetterRedrive(DeadLetterTopics topics, Redrives redrives, KafkaOperations<String, Object> kafka,
			TransactionOperations transactions, DeadLetterSettings settings) {
		this.topics = topics;
		this.redrives = redrives;
		this.kafka = kafka;
		this.transactions = transactions;
		this.settings = settings;
	}

	List<DeadLetter> list(Topic<?> topic) {
		Map<Redrives.Place, Instant> redriven = this.redrives.of(topic.deadLetterName());
		int preview = (int) this.settings.previewSize().toBytes();
		return this.topics.newest(topic, this.settings.listLimit())
			.stream()
			.map((record) -> DeadLetter.of(topic.name(), record, preview,
					redriven.get(new Redrives.Place(record.partition(), record.offset()))))
			.toList();
	}

	Redriven redrive(Topic<?> topic, int partition, long offset) {
		ConsumerRecord<byte[], byte[]> record = this.topics.at(topic, partition, offset)
			.orElseThrow(() -> new NotFound("dead letter", topic.deadLetterName() + "/" + partition + "/" + offset));
		if (record.headers().lastHeader(DeadLetterHeaders.TRUNCATED) != null) {
			throw new ConflictingRequest("Dead letter " + topic.deadLetterName() + "/" + partition + "/" + offset
					+ " holds only the start of its record, cut to fit the dead-letter topic; it cannot be re-driven");
		}
		Redriven redriven = this.transactions.execute((status) -> {
			if (!this.redrives.claim(topic.deadLetterName(), partition, offset, topic.name())) {
				throw new ConflictingRequest("Dead letter " + topic.deadLetterName() + "/" + partition + "/" + offset
						+ " was re-driven already");
			}
			SendResult<String, Object> sent = send(topic, record);
			int targetPartition = sent.getRecordMetadata().partition();
			long targetOffset = sent.getRecordMetadata().offset();
			this.redrives.recordTarget(topic.deadLetterName(), partition, offset, targetPartition, targetOffset);
			return new Redriven(topic.name(), targetPartition, targetOffset);
		});
		if (redriven == null) {
			throw new IllegalStateException("The re-drive transaction returned nothing");
		}
		return redriven;
	}

	private SendResult<String, Object> send(Topic<?> topic, ConsumerRecord<byte[], byte[]> record) {
		RecordHeaders headers = new RecordHeaders();
		for (Header header : record.headers()) {
			// The failure's own headers stay with the dead letter; a retry counter would
			// make the record's second life start at its last attempt.
			if (!header.key().startsWith(DeadLetter.SPRING_PREFIX) && !header.key().startsWith(DeadLetter.RETRY_PREFIX)
					&& !header.key().startsWith(DeadLetterHeaders.PREFIX)) {
				headers.add(header);
			}
		}
		String key = (record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null;
		ProducerRecord<String, Object> out = new ProducerRecord<>(topic.name(), null, key, record.value(), headers);
		try {
			return this.kafka.send(out).get(this.settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while re-driving to " + topic.name(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not take the re-driven record on " + topic.name(), ex);
		}
	}

	/**
	 * Where a re-driven dead letter was published.
	 *
	 * @param topic the topic it was published to
	 * @param partition its partition there
	 * @param offset its offset there
	 */
	record Redriven(String topic, int partition, long offset) {
	}

}
