package io.aigcfactory.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.cache.KeyValueCache;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.test.ScratchPostgres;
import io.aigcfactory.test.ScratchRedis;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault R5: the service's PostgreSQL and Redis are servers this test starts itself from
 * Debian's binaries, on ports of their own, and stops and starts again mid-run
 * (PostgreSQL as a crash would, {@code pg_ctl stop -m immediate}; Redis with SIGTERM).
 * Events keep arriving while the database is down. Judged from the database and the
 * topics: every event was handled exactly once (one {@code processed_events} row each, no
 * dead letter), every event written to the outbox reached its topic and left the table,
 * and the cache answers again with what it held before Redis went away.
 */
@SpringBootTest(classes = PlatformTestApplication.class,
		properties = { "spring.datasource.hikari.connection-timeout=2000", "aigc.messaging.transient-retry.attempts=10",
				"aigc.messaging.transient-retry.max-delay=2s" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class StoreRestartsIntegrationTests {

	private static final int EACH = 10;

	static ScratchPostgres postgres;

	static ScratchRedis redis;

	@BeforeAll
	static void startServers() {
		Assumptions.assumeTrue(ScratchPostgres.binaries().isPresent() && ScratchRedis.binary().isPresent(),
				"R5 needs Debian's PostgreSQL binaries (/usr/lib/postgresql/*/bin/initdb, pg_ctl: apt-get install "
						+ "postgresql) and redis-server (apt-get install redis-server)");
		postgres = ScratchPostgres.start();
		redis = ScratchRedis.start();
	}

	@AfterAll
	static void stopServers() {
		if (postgres != null) {
			postgres.close();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.jdbcUrl());
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("aigc.cache.store", () -> "redis");
		registry.add("aigc.cache.redis-uri", () -> redis.uri());
		registry.add("aigc.cache.key-prefix", () -> "r5:");
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	EventPublisher events;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyValueCache cache;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void servicesReconnectToARestartedDatabaseAndRedisAndLoseNothing() throws Exception {
		String run = UUID.randomUUID().toString();
		List<AssetProduced> sent = new ArrayList<>();
		try (TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName())) {
			// Before: events through the outbox, a value in the cache.
			sent.addAll(throughOutbox(run, "before"));
			this.cache.put("kept-" + run, "written before the restart", Duration.ofMinutes(10));
			awaitHandled(sent);

			// The database goes away while events keep arriving from Kafka.
			postgres.stopServer();
			Instant down = Instant.now();
			for (int i = 0; i < EACH; i++) {
				AssetProduced event = Samples.assetProduced("during " + run + " " + i);
				this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(event), event).get();
				sent.add(event);
			}
			await().pollDelay(Duration.ofSeconds(4))
				.atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(deadLetters.records()).as("dead letters while it is down").isEmpty());
			postgres.startServer();
			System.out.printf("R5: PostgreSQL was down for %d ms%n", Duration.between(down, Instant.now()).toMillis());

			// Redis goes away and comes back on its data.
			redis.stopServer();
			redis.startServer();
			assertThat(await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> this.cache.get("kept-" + run), (value) -> value.isPresent()))
				.contains("written before the restart");
			this.cache.put("new-" + run, "written after the restart", Duration.ofMinutes(10));
			assertThat(this.cache.get("new-" + run)).contains("written after the restart");

			// After: the outbox relays again.
			sent.addAll(await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> throughOutbox(run, "after"), (written) -> written.size() == EACH));
			awaitHandled(sent);

			assertThat(processed(sent)).as("one processed_events row per event").isEqualTo(sent.size());
			assertThat(this.jdbc.sql("select count(*) from outbox").query(Long.class).single()).as("outbox rows left")
				.isZero();
			assertThat(deadLetters.records()).as("dead letters").isEmpty();
		}
	}

	private List<AssetProduced> throughOutbox(String run, String phase) {
		List<AssetProduced> written = new ArrayList<>();
		for (int i = 0; i < EACH; i++) {
			AssetProduced event = Samples.assetProduced(phase + " " + run + " " + i);
			this.transactions.executeWithoutResult((status) -> this.events.publish(Topics.ASSET, event));
			written.add(event);
		}
		return written;
	}

	private void awaitHandled(List<AssetProduced> sent) {
		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> processed(sent) == sent.size());
	}

	/** The events among {@code sent} that the idempotent consumer recorded as handled. */
	private long processed(List<AssetProduced> sent) {
		Set<UUID> ids = new HashSet<>();
		sent.forEach((event) -> ids.add(event.metadata().eventId()));
		List<UUID> rows = this.jdbc.sql("select event_id from processed_events where consumer = 'platform-test'")
			.query(UUID.class)
			.list();
		return rows.stream().filter(ids::contains).count();
	}

}
