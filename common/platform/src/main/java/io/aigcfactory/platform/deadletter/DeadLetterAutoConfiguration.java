package io.aigcfactory.platform.deadletter;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.transaction.support.TransactionOperations;

import io.aigcfactory.platform.messaging.MessagingAutoConfiguration;

/**
 * Dead letters in every service with Kafka: a counter on the producer, and where the
 * service has a database and a servlet web layer, {@code /api/v1/dead-letters}.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class,
		after = { JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class,
				MessagingAutoConfiguration.class })
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(DeadLetterSettings.class)
public class DeadLetterAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ProducerListener.class)
	DeadLetterCounter deadLetterCounter(ObjectProvider<MeterRegistry> registry) {
		return new DeadLetterCounter(registry);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnBean({ JdbcClient.class, TransactionOperations.class })
	@ConditionalOnMissingBean
	DeadLetterRedrive deadLetterRedrive(ConsumerFactory<?, ?> consumers, KafkaTemplate<String, Object> kafka,
			JdbcClient jdbc, TransactionOperations transactions, DeadLetterSettings settings, Clock clock) {
		return new DeadLetterRedrive(new DeadLetterTopics(consumers, settings), new Redrives(jdbc, clock), kafka,
				transactions, settings);
	}

	@Bean
	@ConditionalOnBean(DeadLetterRedrive.class)
	@ConditionalOnMissingBean
	DeadLetterController deadLetterController(DeadLetterRedrive deadLetters) {
		return new DeadLetterController(deadLetters);
	}

}
