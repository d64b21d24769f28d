package io.aigcfactory.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Cuts a dead letter that Kafka refused as too large down to a size it takes: the value
 * keeps its first bytes, and two {@link DeadLetterHeaders} say that it was cut and how
 * large it was. The headers Spring Kafka wrote on dead-lettering (where the record came
 * from and why it failed) stay.
 */
final class OversizedDeadLetters {

	/** Kafka's default {@code max.request.size}. */
	static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

	/**
	 * Room for the record batch's and the record's own framing, which the producer counts
	 * against {@code max.request.size} too.
	 */
	private static final int FRAMING = 512;

	/** Below this a value is not worth keeping in part: it is dropped whole. */
	private static final int SMALLEST_CUT = 1024;

	private OversizedDeadLetters() {
	}

	/** Whether the producer or the broker refused a record for its size. */
	static boolean refusedAsTooLarge(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof RecordTooLargeException) {
				return true;
			}
		}
		return false;
	}

	/** The largest request the template's producers send. */
	static int maxRequestSize(KafkaOperations<?, ?> template) {
		Map<String, Object> config = template.getProducerFactory().getConfigurationProperties();
		Object size = config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
		if (size instanceof Number number) {
			return number.intValue();
		}
		return (size != null) ? Integer.parseInt(size.toString().trim()) : DEFAULT_MAX_REQUEST_SIZE;
	}

	/**
	 * How many bytes of value fit in a request of the given size beside the record's key
	 * and headers, and the two headers a cut adds.
	 */
	static int valueBudget(ProducerRecord<?, ?> record, int maxRequestSize) {
		int used = FRAMING + bytes(record.key()).length + headersSize(record.headers())
				+ DeadLetterHeaders.TRUNCATED.length() + Boolean.TRUE.toString().length()
				+ DeadLetterHeaders.ORIGINAL_VALUE_SIZE.length() + Integer.toString(Integer.MAX_VALUE).length();
		return Math.max(0, maxRequestSize - used);
	}

	/** The next, smaller budget after a cut that was still refused; 0 drops the value. */
	static int smaller(int budget) {
		int half = budget / 2;
		return (half < SMALLEST_CUT) ? 0 : half;
	}

	/**
	 * The record with its value cut to at most {@code budget} bytes and the two headers
	 * that say so.
	 */
	static ProducerRecord<Object, Object> cut(ProducerRecord<Object, Object> record, byte[] value, int budget) {
		Headers headers = new RecordHeaders(record.headers().toArray());
		headers.remove(DeadLetterHeaders.TRUNCATED);
		headers.remove(DeadLetterHeaders.ORIGINAL_VALUE_SIZE);
		headers.add(DeadLetterHeaders.TRUNCATED, Boolean.TRUE.toString().getBytes(StandardCharsets.UTF_8));
		headers.add(DeadLetterHeaders.ORIGINAL_VALUE_SIZE,
				Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
		byte[] kept = Arrays.copyOf(value, Math.min(value.length, budget));
		return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), kept,
				headers);
	}

	private static int headersSize(Headers headers) {
		int size = 0;
		for (Header header : headers) {
			// A header's key and value plus their varint lengths.
			size += header.key().getBytes(StandardCharsets.UTF_8).length
					+ ((header.value() != null) ? header.value().length : 0) + 10;
		}
		return size;
	}

	private static byte[] bytes(@Nullable Object keyOrValue) {
		return switch (keyOrValue) {
			case null -> new byte[0];
			case byte[] bytes -> bytes;
			default -> keyOrValue.toString().getBytes(StandardCharsets.UTF_8);
		};
	}

}
