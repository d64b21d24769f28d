package io.aigcfactory.platform.messaging;

import java.time.Duration;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.RecordingListener;
import io.aigcfactory.platform.Samples;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same messaging on the standalone mode's embedded database: H2 in PostgreSQL mode
 * must accept the platform's migrations and statements.
 */
@SpringBootTest(classes = PlatformTestApplication.class,
		properties = "spring.datasource.url=jdbc:h2:mem:platform;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class EmbeddedDefaultsIntegrationTests {

	@Autowired
	EventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	RecordingListener listener;

	@Test
	void relaysTheOutboxAndDeduplicatesOnH2() throws Exception {
		AssetProduced event = Samples.assetProduced("on h2");
		this.transactions.executeWithoutResult((status) -> this.publisher.publish(Topics.ASSET, event));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled.contains(event));

		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(event), event).get();
		AssetProduced after = Samples.assetProduced("after on h2");
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(after), after).get();
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled.contains(after));
		assertThat(this.listener.handled).filteredOn(event::equals).hasSize(1);
	}

}
