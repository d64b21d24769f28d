package io.aigcfactory.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.RecordingListener;
import io.aigcfactory.platform.Samples;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
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

	@Autowired
	KafkaListenerEndpointRegistry listeners;

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

	/**
	 * Fault R2: a consumer that dies after its effects committed but before its offsets
	 * did. Injected by stopping the listener once the effects are in the database and
	 * moving the group's committed offset back to before them, as a lost commit leaves
	 * it; the listener then starts again and is handed the same records.
	 */
	@Test
	void aConsumerThatDiesAfterItsEffectsButBeforeItsOffsetCommitDoesEachEffectOnce() throws Exception {
		String run = UUID.randomUUID().toString();
		List<AssetProduced> events = new ArrayList<>();
		TopicPartition partition = null;
		long first = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			AssetProduced event = Samples.assetProduced("lost commit " + run + " " + i);
			RecordMetadata sent = this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(event), event)
				.get()
				.getRecordMetadata();
			partition = new TopicPartition(sent.topic(), sent.partition());
			first = Math.min(first, sent.offset());
			events.add(event);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.handled.containsAll(events));

		MessageListenerContainer container = this.listeners.getListenerContainers()
			.stream()
			.filter((candidate) -> "platform-test".equals(candidate.getGroupId()))
			.findFirst()
			.orElseThrow();
		container.stop();
		await().atMost(Duration.ofSeconds(30)).until(() -> !container.isRunning());
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers))) {
			admin.alterConsumerGroupOffsets("platform-test", Map.of(partition, new OffsetAndMetadata(first)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		container.start();
		AssetProduced after = Samples.assetProduced("after the lost commit " + run);
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(after), after).get();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.handled.contains(after));

		// Every record was delivered twice, and every effect happened once.
		assertThat(events).allSatisfy((event) -> assertThat(this.listener.attempts.get(event.copy().headline()))
			.as("deliveries of %s", event.copy().headline())
			.hasValue(2));
		assertThat(this.listener.handled).filteredOn(events::contains).hasSize(events.size()).doesNotHaveDuplicates();
		List<UUID> ids = events.stream().map((event) -> event.metadata().eventId()).toList();
		assertThat(this.jdbc
			.sql("select count(*) from processed_events where consumer = 'platform-test' " + "and event_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(events.size());
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
