package io.aigcfactory.platform.outbox;

import java.time.Clock;

import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.messaging.MessagingAutoConfiguration;
import io.aigcfactory.platform.messaging.MessagingSettings;
import io.aigcfactory.platform.observability.EventMeters;
import io.aigcfactory.platform.observability.MessageTracing;
import io.aigcfactory.platform.observability.ObservabilityAutoConfiguration;
import io.aigcfactory.platform.observability.ObservabilitySettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionOperations;

/** The transactional outbox, for every service with a database and Kafka. */
@AutoConfiguration(after = { ObservabilityAutoConfiguration.class, MessagingAutoConfiguration.class,
		KafkaAutoConfiguration.class })
@ConditionalOnBean({ JdbcClient.class, TransactionOperations.class, KafkaTemplate.class })
public class OutboxAutoConfiguration {

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, Object> kafka, TransactionOperations transactions,
			MessagingSettings settings, Clock clock, ObjectProvider<MeterRegistry> meters, MessageTracing tracing) {
		return new OutboxRelay(new OutboxRows(jdbc), kafka, transactions, settings.outbox(), clock,
				meters.getIfAvailable(SimpleMeterRegistry::new), tracing);
	}

	@Bean
	@ConditionalOnMissingBean
	EventPublisher eventPublisher(JdbcClient jdbc, OutboxRelay relay, Clock clock, MessageTracing tracing,
			EventMeters meters) {
		return new OutboxEventPublisher(jdbc, relay, clock, tracing, meters);
	}

	@Bean
	@ConditionalOnClass(HealthIndicator.class)
	OutboxHealthIndicator outboxHealthIndicator(JdbcClient jdbc, ObservabilitySettings settings, Clock clock) {
		return new OutboxHealthIndicator(new OutboxRows(jdbc), settings.outboxStaleAfter(), clock);
	}

}
