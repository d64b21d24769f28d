package io.aigcfactory.creative.overview;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The records each consumer group has yet to consume, per group and topic: the end offset
 * of each partition less the group's committed offset. Read from the broker on each call.
 */
@Component
class QueueLag implements DisposableBean {

	private static final Duration DEADLINE = Duration.ofSeconds(5);

	private final Admin admin;

	QueueLag(KafkaAdmin kafka) {
		this.admin = Admin.create(kafka.getConfigurationProperties());
	}

	/** Per consumer group, per topic, the records not consumed yet. */
	Map<String, Map<String, Long>> byGroup() {
		try {
			Collection<ConsumerGroupListing> groups = this.admin.listConsumerGroups()
				.all()
				.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
			Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
			for (ConsumerGroupListing group : groups) {
				committed.put(group.groupId(),
						this.admin.listConsumerGroupOffsets(group.groupId())
							.partitionsToOffsetAndMetadata()
							.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
			}
			Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
			committed.values()
				.forEach((offsets) -> offsets.keySet()
					.forEach((partition) -> partitions.put(partition, OffsetSpec.latest())));
			Map<TopicPartition, ListOffsetsResultInfo> ends = this.admin.listOffsets(partitions)
				.all()
				.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
			Map<String, Map<String, Long>> lag = new TreeMap<>();
			committed.forEach((group, offsets) -> offsets.forEach((partition, offset) -> {
				if (offset == null || !ends.containsKey(partition)) {
					return;
				}
				long behind = Math.max(0, ends.get(partition).offset() - offset.offset());
				lag.computeIfAbsent(group, (name) -> new TreeMap<>()).merge(partition.topic(), behind, Long::sum);
			}));
			return lag;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BrokerUnavailable(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new BrokerUnavailable(ex);
		}
	}

	@Override
	public void destroy() {
		this.admin.close(DEADLINE);
	}

	/** The broker did not answer in time. */
	static final class BrokerUnavailable extends RuntimeException {

		BrokerUnavailable(Throwable cause) {
			super("The broker did not report consumer offsets: " + cause.getMessage(), cause);
		}

	}

}
