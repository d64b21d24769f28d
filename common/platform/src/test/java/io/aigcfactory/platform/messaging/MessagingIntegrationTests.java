package io.aigcfactory.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.RecordingListener;
import io.aigcfactory.platform.Samples;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The platform's messaging against real PostgreSQL and a real (in-process KRaft) Kafka
 * broker: outbox, idempotent consumption and dead-lettering.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MessagingIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "platform");
	}

	@Autowired
	EventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	RecordingListener listener;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void publishesAnEventOnlyOnceItsTransactionCommits() {
		AssetProduced committed = Samples.assetProduced("committed");
		AssetProduced rolledBack = Samples.assetProduced("rolled back");
		this.transactions.executeWithoutResult((status) -> this.publisher.publish(Topics.ASSET, committed));
		this.transactions.executeWithoutResult((status) -> {
			this.publisher.publish(Topics.ASSET, rolledBack);
			status.setRollbackOnly();
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled.contains(committed));
		assertThat(this.listener.handled).doesNotContain(rolledBack);
		await().until(() -> this.jdbc.sql("select count(*) from outbox").query(Long.class).single() == 0);
	}

	@Test
	void refusesToPublishOutsideATransaction() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.publisher.publish(Topics.ASSET, Samples.assetProduced("loose")))
			.withMessageContaining("transaction");
	}

	@Test
	void handlesARedeliveredEventOnce() throws Exception {
		AssetProduced twice = Samples.assetProduced("twice");
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(twice), twice).get();
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(twice), twice).get();
		AssetProduced after = Samples.assetProduced("after");
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(after), after).get();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled.contains(after));
		assertThat(this.listener.handled).filteredOn(twice::equals).hasSize(1);
	}

	@Test
	void parksMalformedRecordsOnTheDeadLetterTopicAndKeepsTheFlow() throws Exception {
		byte[] malformed = "{\"type\":\"AssetProduced\",\"metadata\":".getBytes(StandardCharsets.UTF_8);
		try (TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName())) {
			this.kafka.send(new ProducerRecord<>(Topics.ASSET.name(), "broken", malformed)).get();
			AssetProduced next = Samples.assetProduced("next in line");
			this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(next), next).get();

			await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled.contains(next));
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(deadLetters.records())
					.anySatisfy((record) -> assertThat(record.value()).isEqualTo(malformed)));
		}
	}

	@Test
	void parksAnUnprocessableEventAfterOneAttempt() throws Exception {
		AssetProduced poison = Samples.assetProduced("poison");
		this.listener.attempts.remove("poison");
		try (TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName())) {
			this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(poison), poison).get();
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(deadLetters.records())
					.filteredOn((record) -> Topics.ASSET.keyFor(poison).equals(record.key()))
					.singleElement()
					.satisfies((record) -> assertThat(EventCodec.decode(record.value(), AssetProduced.class))
						.isEqualTo(poison)));
			assertThat(this.listener.attempts.get("poison")).hasValue(1);
		}
	}

}
