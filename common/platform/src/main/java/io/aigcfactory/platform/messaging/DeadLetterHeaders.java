package io.aigcfactory.platform.messaging;

/**
 * The headers the platform adds to a dead letter beside Spring Kafka's
 * {@code kafka_original-*} and {@code kafka_exception-*}.
 */
public final class DeadLetterHeaders {

	/** What every one of them starts with. */
	public static final String PREFIX = "aigc_dlt-";

	/**
	 * {@code true} on a dead letter whose value was cut to fit the producer's or the
	 * broker's limit: the value holds only the record's first bytes.
	 */
	public static final String TRUNCATED = PREFIX + "truncated";

	/**
	 * The size in bytes, as decimal text, of a cut dead letter's value before the cut.
	 */
	public static final String ORIGINAL_VALUE_SIZE = PREFIX + "original-value-size";

	private DeadLetterHeaders() {
	}

}
