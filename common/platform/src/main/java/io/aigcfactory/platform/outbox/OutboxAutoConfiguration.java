package io.aigcfactory.platform.outbox;

import java.time.Clock;

import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.messaging.MessagingAutoConfiguration;
import io.aigcfactory.platform.messaging.MessagingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionOperations;

/** The transactional outbox, for every service with a database and Kafka. */
@AutoConfiguration(after = { MessagingAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConditionalOnBean({ JdbcClient.class, TransactionOperations.class, KafkaTemplate.class })
public class OutboxAutoConfiguration {

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, Object> kafka, TransactionOperations transactions,
			MessagingSettings settings, Clock clock, ObjectProvider<MeterRegistry> meters) {
		return new OutboxRelay(new OutboxRows(jdbc), kafka, transactions, settings.outbox(), clock,
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@ConditionalOnMissingBean
	EventPublisher eventPublisher(JdbcClient jdbc, OutboxRelay relay, Clock clock) {
		return new OutboxEventPublisher(jdbc, relay, clock);
	}

}
