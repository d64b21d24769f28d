package io.aigcfactory.platform.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

import io.aigcfactory.platform.messaging.DeadLetterHeaders;

/**
 * One record on a dead-letter topic as the API shows it.
 *
 * @param topic the topic the record failed on
 * @param partition its partition on the dead-letter topic
 * @param offset its offset on the dead-letter topic
 * @param key its key
 * @param timestamp when it was written to the dead-letter topic
 * @param headers the headers Spring Kafka added on dead-lettering
 * ({@code kafka_exception-*} with the exception and its cause, {@code kafka_original-*}
 * with the topic, partition, offset and timestamp it failed at,
 * {@code kafka_dlt-original-consumer-group}) and the retry topics'
 * {@code retry_topic-attempts}, stack traces left out, and the platform's
 * {@link DeadLetterHeaders} ({@code aigc_dlt-truncated} and
 * {@code aigc_dlt-original-value-size} on a value cut to fit)
 * @param preview the start of its value as UTF-8 text
 * @param valueSize the size of its value in bytes
 * @param redrivenAt when it was re-published to its topic, if it was
 */
record DeadLetter(String topic, int partition, long offset, @Nullable String key, Instant timestamp,
		Map<String, String> headers, String preview, int valueSize, @Nullable Instant redrivenAt) {

	/** Spring Kafka's own headers: the failure and where the record came from. */
	static final String SPRING_PREFIX = "kafka_";

	/** The retry topics' headers, of which the attempts are worth showing. */
	static final String RETRY_PREFIX = "retry_topic-";

	private static final String ATTEMPTS = RETRY_PREFIX + "attempts";

	static DeadLetter of(String topic, ConsumerRecord<byte[], byte[]> record, int previewBytes,
			@Nullable Instant redrivenAt) {
		byte[] value = (record.value() != null) ? record.value() : new byte[0];
		String preview = new String(value, 0, Math.min(value.length, previewBytes), StandardCharsets.UTF_8);
		String key = (record.key() != null) ? new String(record.key(), StandardCharsets.UTF_8) : null;
		return new DeadLetter(topic, record.partition(), record.offset(), key, Instant.ofEpochMilli(record.timestamp()),
				headers(record), preview, value.length, redrivenAt);
	}

	private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			String name = header.key();
			boolean shown = (name.startsWith(SPRING_PREFIX) && !name.endsWith("stacktrace")) || name.equals(ATTEMPTS)
					|| name.startsWith(DeadLetterHeaders.PREFIX);
			if (shown && header.value() != null) {
				headers.put(name, text(name, header.value()));
			}
		}
		return headers;
	}

	/** Partitions, offsets and timestamps are written as big-endian numbers. */
	private static String text(String name, byte[] value) {
		boolean numeric = name.endsWith("partition") || name.endsWith("offset") || name.endsWith("timestamp")
				|| name.equals(ATTEMPTS);
		if (numeric && value.length == Integer.BYTES) {
			return Integer.toString(ByteBuffer.wrap(value).getInt());
		}
		if (numeric && value.length == Long.BYTES) {
			return Long.toString(ByteBuffer.wrap(value).getLong());
		}
		return new String(value, StandardCharsets.UTF_8);
	}

}
