package io.aigcfactory.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service does with a record whose passing failure outlasted its retries, in place
 * of parking it on the dead-letter topic where nobody waits for it: typically it
 * announces that its stage gave up on the item ({@code StageFailed}), so that the
 * requirement behind it still ends. Beans of this type are asked in turn until one
 * settles the record.
 */
@FunctionalInterface
public interface RetriesExhausted {

	/**
	 * Settles a record whose retries are spent. Runs on the consumer thread; a settlement
	 * that throws leaves the record to the dead-letter topic.
	 * @param record the record, as the listener received it
	 * @param failure the last failure
	 * @param attempts how many times the record was tried
	 * @return whether the record was settled; {@code false} leaves it to the dead-letter
	 * topic
	 */
	boolean settle(ConsumerRecord<?, ?> record, Exception failure, int attempts);

}
