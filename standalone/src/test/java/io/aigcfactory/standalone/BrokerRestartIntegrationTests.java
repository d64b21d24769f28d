package io.aigcfactory.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.standalone.brokerrestart.BrokerRestartApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault R1: the KRaft broker (the standalone's own, Kafka's {@code KafkaRaftServer} on a
 * kept log) stopped under a running service and started again on its log at the same
 * address, while the service keeps writing events to its outbox. Judged from the
 * service's database and its recorded effects: every event's effect happened exactly
 * once, and the outbox emptied with nothing parked.
 */
@SpringBootTest(classes = BrokerRestartApplication.class,
		properties = { "spring.flyway.locations=classpath:db/platform",
				"spring.datasource.url=jdbc:h2:mem:broker-restart;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.kafka.consumer.auto-offset-reset=earliest", "aigc.messaging.partitions=1",
				"spring.main.web-application-type=none", "spring.cloud.gateway.server.webflux.enabled=false",
				"spring.cloud.gateway.enabled=false" })
class BrokerRestartIntegrationTests {

	private static final int EACH = 10;

	static final Path ROOT = temporary();

	static final int PORT = freePort();

	static LocalBroker broker = LocalBroker.start(ROOT.resolve("kafka"), 1, PORT);

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + PORT);
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Autowired
	EventPublisher events;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BrokerRestartApplication.Effects effects;

	@Test
	void aBrokerRestartedOnItsLogLosesNothingAndDuplicatesNoEffect() {
		String run = UUID.randomUUID().toString();
		List<AssetProduced> sent = new ArrayList<>(publish(run, "before"));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.effects.done.containsAll(sent));

		broker.close();
		Instant down = Instant.now();
		sent.addAll(publish(run, "while down"));
		// The outbox keeps them while there is no broker; none can have been handled.
		await().pollDelay(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(6))
			.untilAsserted(() -> assertThat(this.jdbc.sql("select count(*) from outbox").query(Long.class).single())
				.isEqualTo(EACH));
		broker = LocalBroker.start(ROOT.resolve("kafka"), 1, PORT);
		System.out.printf("R1: the broker was down for %d ms%n", Duration.between(down, Instant.now()).toMillis());
		sent.addAll(publish(run, "after"));

		await().atMost(Duration.ofSeconds(90)).until(() -> this.effects.done.containsAll(sent));
		assertThat(this.effects.done).filteredOn(sent::contains).hasSize(sent.size()).doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("select count(*) from processed_events where consumer = 'broker-restart'")
			.query(Long.class)
			.single()).isEqualTo(sent.size());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from outbox").query(Long.class).single() == 0);
	}

	private List<AssetProduced> publish(String run, String phase) {
		List<AssetProduced> written = new ArrayList<>();
		for (int i = 0; i < EACH; i++) {
			AssetProduced event = asset(phase + " " + run + " " + i);
			this.transactions.executeWithoutResult((status) -> this.events.publish(Topics.ASSET, event));
			written.add(event);
		}
		return written;
	}

	private static AssetProduced asset(String headline) {
		return new AssetProduced(EventMetadata.now("broker-restart"), RequirementId.next(), AssetId.next(),
				ConceptId.next(), 1, Angle.FUNCTION, new ProductSummary("SKU-1", "保温杯", "暖暖", "家居/杯具"),
				new Copy(headline, "一整天都是刚刚好的温度。", "立即选购", List.of("12 小时保温")),
				List.of(new Rendition(RenditionKind.COPY, "copy.txt", "blob:assets/x/copy.txt", "text/plain", 0, 0, 10,
						"00")),
				List.of("taobao"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("broker-restart-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
