package io.aigcfactory.platform.messaging;

import java.util.List;

import io.aigcfactory.events.Topic;
import io.aigcfactory.events.Topics;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The retry topics every listener on the platform's topics gets: transient failures are
 * retried off the partition with exponential backoff, anything else goes to the
 * dead-letter topic on the first attempt.
 */
final class NonBlockingRetries {

	/** Between a topic and its retry topics' index: {@code asset.retry-0}. */
	static final String RETRY_SUFFIX = ".retry";

	private NonBlockingRetries() {
	}

	static RetryTopicConfiguration configuration(KafkaOperations<String, Object> template, MessagingSettings settings) {
		MessagingSettings.TransientRetry retry = settings.transientRetry();
		List<Class<? extends Throwable>> transientFailures = new TransientFailures(retry).classes();
		return RetryTopicConfigurationBuilder.newInstance()
			.includeTopics(Topics.all()
				.stream()
				.map(Topic::name)
				.filter((name) -> !retry.blockingTopics().contains(name))
				.toList())
			.maxAttempts(retry.attempts())
			.customBackoff(backOff(retry))
			.concurrency(retry.consumers())
			.retryOn(transientFailures)
			.traversingCauses()
			.retryTopicSuffix(RETRY_SUFFIX)
			.suffixTopicsWithIndexValues()
			.dltSuffix(Topic.DEAD_LETTER_SUFFIX)
			// Dead letters wait for a person and the API, not for a consumer of this
			// service.
			.autoStartDltHandler(false)
			.autoCreateTopicsWith(settings.partitions(), (short) settings.replicationFactor())
			.create(template);
	}

	static ExponentialBackOff backOff(MessagingSettings.TransientRetry retry) {
		ExponentialBackOff backOff = new ExponentialBackOff(retry.firstDelay().toMillis(), retry.multiplier());
		backOff.setMaxInterval(retry.maxDelay().toMillis());
		backOff.setJitter(retry.jitter().toMillis());
		return backOff;
	}

}
