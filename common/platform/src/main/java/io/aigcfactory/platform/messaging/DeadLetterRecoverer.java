package io.aigcfactory.platform.messaging;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import io.aigcfactory.events.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;
import org.springframework.kafka.support.SendResult;

/**
 * The platform's dead-letter publisher, behind both the blocking error handler and the
 * retry topics. Beyond Spring Kafka's, it
 * <ul>
 * <li>offers a record whose passing failure outlasted its retries to the service's
 * {@link RetriesExhausted} first, so that the stage can give up on it in the open instead
 * of parking it where nobody waits;</li>
 * <li>parks a dead letter that Kafka refuses as too large (a record the broker took but
 * over this service's {@code max.request.size}) with its value cut to fit, so that it
 * leaves its partition instead of being tried again for ever.</li>
 * </ul>
 */
class DeadLetterRecoverer extends DeadLetterPublishingRecoverer {

	private static final Logger logger = LoggerFactory.getLogger(DeadLetterRecoverer.class);

	private final BiFunction<ConsumerRecord<?, ?>, Exception, @Nullable TopicPartition> destinations;

	private final TransientFailures transientFailures;

	private final Supplier<List<RetriesExhausted>> settlements;

	private ToIntFunction<ConsumerRecord<?, ?>> attempts = DeadLetterRecoverer::retryTopicAttempts;

	DeadLetterRecoverer(Function<ProducerRecord<?, ?>, ? extends KafkaOperations<?, ?>> templates,
			BiFunction<ConsumerRecord<?, ?>, Exception, @Nullable TopicPartition> destinations,
			TransientFailures transientFailures, Supplier<List<RetriesExhausted>> settlements) {
		super(templates, destinations);
		this.destinations = destinations;
		this.transientFailures = transientFailures;
		this.settlements = settlements;
	}

	/**
	 * Where the number of tries of a record comes from when the retry topics' header does
	 * not carry it: the blocking error handler's own count.
	 */
	void attemptsFrom(ToIntFunction<ConsumerRecord<?, ?>> attempts) {
		this.attempts = attempts;
	}

	/** The retry topics count a record's tries in a header, absent on the first. */
	private static int retryTopicAttempts(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
		if (header != null && header.value() != null && header.value().length == Integer.BYTES) {
			return ByteBuffer.wrap(header.value()).getInt();
		}
		return 1;
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, @Nullable Consumer<?, ?> consumer, Exception exception) {
		if (this.transientFailures.matches(exception) && bound(record, exception) && settled(record, exception)) {
			return;
		}
		super.accept(record, consumer, exception);
	}

	/**
	 * Whether the record is on its way to the dead-letter topic, not to a retry topic.
	 */
	private boolean bound(ConsumerRecord<?, ?> record, Exception exception) {
		TopicPartition destination = this.destinations.apply(record, exception);
		return destination != null && destination.topic().endsWith(Topic.DEAD_LETTER_SUFFIX);
	}

	private boolean settled(ConsumerRecord<?, ?> record, Exception exception) {
		for (RetriesExhausted settlement : this.settlements.get()) {
			try {
				if (settlement.settle(record, exception, Math.max(1, this.attempts.applyAsInt(record)))) {
					logger.warn("Gave up on {}-{}@{} after its retries: {}", record.topic(), record.partition(),
							record.offset(), exception.toString());
					return true;
				}
			}
			catch (RuntimeException ex) {
				logger.error("Settling {}-{}@{} after its retries failed; it goes to the dead-letter topic",
						record.topic(), record.partition(), record.offset(), ex);
				return false;
			}
		}
		return false;
	}

	/**
	 * Sends the dead letter and waits for Kafka's answer; one refused for its size is
	 * sent again cut, smaller each time the broker still refuses it.
	 */
	@Override
	protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafkaTemplate,
			ConsumerRecord<?, ?> inRecord) {
		try {
			sendAndWait(outRecord, kafkaTemplate, inRecord);
		}
		catch (RuntimeException ex) {
			if (!OversizedDeadLetters.refusedAsTooLarge(ex)) {
				throw ex;
			}
			publishCut(outRecord, kafkaTemplate, inRecord, ex);
		}
	}

	/**
	 * The template throws at once when the producer refuses a record it has not sent (too
	 * large for {@code max.request.size}); the broker's refusal comes through the future.
	 * Both keep their cause, which Spring Kafka's own {@code publish} drops for the
	 * first.
	 */
	private void sendAndWait(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafkaTemplate,
			ConsumerRecord<?, ?> inRecord) {
		CompletableFuture<SendResult<Object, Object>> sent = kafkaTemplate.send(outRecord);
		verifySendResult(kafkaTemplate, outRecord, sent, inRecord);
	}

	private void publishCut(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafkaTemplate,
			ConsumerRecord<?, ?> inRecord, RuntimeException refusal) {
		byte[] value = new PayloadSerializer().serialize(outRecord.topic(), outRecord.value());
		if (value == null) {
			throw refusal;
		}
		int budget = OversizedDeadLetters.valueBudget(outRecord, OversizedDeadLetters.maxRequestSize(kafkaTemplate));
		while (true) {
			try {
				sendAndWait(OversizedDeadLetters.cut(outRecord, value, budget), kafkaTemplate, inRecord);
				logger.warn("Dead letter of {}-{}@{} parked on {} cut from {} to {} bytes", inRecord.topic(),
						inRecord.partition(), inRecord.offset(), outRecord.topic(), value.length,
						Math.min(value.length, budget));
				return;
			}
			catch (RuntimeException ex) {
				// The broker or the topic may allow less than this producer.
				if (!OversizedDeadLetters.refusedAsTooLarge(ex) || budget == 0) {
					throw ex;
				}
				budget = OversizedDeadLetters.smaller(budget);
			}
		}
	}

}
