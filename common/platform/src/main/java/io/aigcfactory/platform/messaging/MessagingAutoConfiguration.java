package io.aigcfactory.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.aigcfactory.events.FactoryEvent;
import io.aigcfactory.events.MalformedEvent;
import io.aigcfactory.events.Topic;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.observability.ObservabilityAutoConfiguration;
import io.aigcfactory.platform.observability.StageMeters;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.DestinationTopicResolver;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Kafka as every service uses it: event serde, the platform's topics and their
 * dead-letter topics, non-blocking retry topics for transient failures (see
 * {@link MessagingSettings.TransientRetry}), and an error handler that parks any other
 * failing record on its dead-letter topic so that the partition keeps flowing.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class,
		after = { JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class,
				ObservabilityAutoConfiguration.class })
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MessagingSettings.class)
@EnableScheduling
public class MessagingAutoConfiguration {

	@Bean
	static ListenerShutdownPhase listenerShutdownPhase() {
		return new ListenerShutdownPhase();
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@SuppressWarnings("unchecked")
	DefaultKafkaProducerFactoryCustomizer eventSerializers() {
		return (factory) -> {
			DefaultKafkaProducerFactory<String, Object> events = (DefaultKafkaProducerFactory<String, Object>) factory;
			events.setKeySerializer(new StringSerializer());
			events.setValueSerializer(new PayloadSerializer());
			// Durability is not a per-deployment choice: every profile waits for all
			// in-sync replicas and lets the broker drop a retried duplicate.
			events.updateConfigs(
					Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
		};
	}

	@Bean
	@SuppressWarnings("unchecked")
	DefaultKafkaConsumerFactoryCustomizer eventDeserializers() {
		return (factory) -> {
			DefaultKafkaConsumerFactory<String, FactoryEvent> events = (DefaultKafkaConsumerFactory<String, FactoryEvent>) factory;
			events.setKeyDeserializer(new StringDeserializer());
			events.setValueDeserializer(new ErrorHandlingDeserializer<>(new EventDeserializer()));
		};
	}

	@Bean
	KafkaAdmin.NewTopics factoryTopics(MessagingSettings settings) {
		List<NewTopic> topics = new ArrayList<>();
		for (Topic<?> topic : Topics.all()) {
			topics.add(newTopic(topic.name(), settings));
			topics.add(newTopic(topic.deadLetterName(), settings));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	private static NewTopic newTopic(String name, MessagingSettings settings) {
		return TopicBuilder.name(name)
			.partitions(settings.partitions())
			.replicas(settings.replicationFactor())
			.config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(settings.minInsyncReplicas()))
			.build();
	}

	/**
	 * The error handler of listeners that keep blocking retries (batch listeners, topics
	 * outside the platform's): a passing failure is tried again with growing waits within
	 * {@link MessagingSettings.TransientRetry#blockingBudget()}, any other one after
	 * {@code retry-interval} × {@code retry-attempts}, and a malformed or unprocessable
	 * event not at all.
	 */
	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, Object> template, MessagingSettings settings,
			ObjectProvider<RetriesExhausted> settlements) {
		TransientFailures transientFailures = new TransientFailures(settings.transientRetry());
		DeadLetterRecoverer recoverer = new DeadLetterRecoverer((record) -> template,
				(record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, -1),
				transientFailures, () -> settlements.orderedStream().toList());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
				new FixedBackOff(settings.retryInterval().toMillis(), settings.retryAttempts()));
		BackOff passing = blockingBackOff(settings.transientRetry());
		handler.setBackOffFunction((record, exception) -> transientFailures.matches(exception) ? passing : null);
		// Asked while the handler still tracks the record: its failed deliveries so far.
		recoverer.attemptsFrom((record) -> handler
			.deliveryAttempt(new TopicPartitionOffset(record.topic(), record.partition(), record.offset())) - 1);
		handler.addNotRetryableExceptions(MalformedEvent.class, UnprocessableEvent.class);
		return handler;
	}

	static ExponentialBackOff blockingBackOff(MessagingSettings.TransientRetry retry) {
		ExponentialBackOff backOff = NonBlockingRetries.backOff(retry);
		if (retry.blockingMaxDelay().compareTo(retry.maxDelay()) < 0) {
			backOff.setMaxInterval(retry.blockingMaxDelay().toMillis());
		}
		backOff.setMaxElapsedTime(retry.blockingBudget().toMillis());
		return backOff;
	}

	/**
	 * The retry topics' dead-letter publishers are the platform's too: they cut a record
	 * that is too large and let the service settle one whose retries are spent.
	 */
	@Bean
	@ConditionalOnMissingBean
	RetryTopicComponentFactory retryTopicComponentFactory(MessagingSettings settings,
			ObjectProvider<RetriesExhausted> settlements) {
		TransientFailures transientFailures = new TransientFailures(settings.transientRetry());
		return new RetryTopicComponentFactory() {

			@Override
			public DeadLetterPublishingRecovererFactory deadLetterPublishingRecovererFactory(
					DestinationTopicResolver destinations) {
				DeadLetterPublishingRecovererFactory factory = super.deadLetterPublishingRecovererFactory(destinations);
				factory.setDeadLetterPublisherCreator((templates, resolver) -> new DeadLetterRecoverer(templates,
						resolver, transientFailures, () -> settlements.orderedStream().toList()));
				return factory;
			}

		};
	}

	/**
	 * Retry topics for every listener on the platform's topics; listeners on other topics
	 * keep the blocking {@link #deadLetteringErrorHandler}.
	 */
	@Bean
	@ConditionalOnMissingBean(RetryTopicConfiguration.class)
	RetryTopicConfiguration transientRetryTopics(KafkaTemplate<String, Object> template, MessagingSettings settings) {
		return NonBlockingRetries.configuration(template, settings);
	}

	@Bean
	@ConditionalOnBean({ JdbcClient.class, TransactionOperations.class })
	@ConditionalOnMissingBean
	IdempotentConsumer idempotentConsumer(JdbcClient jdbc, TransactionOperations transactions,
			MessagingSettings settings, Clock clock, StageMeters meters) {
		return new IdempotentConsumer(new ProcessedEvents(jdbc, clock), transactions, settings, meters);
	}

}
