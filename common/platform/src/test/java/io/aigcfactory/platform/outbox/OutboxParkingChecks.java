package io.aigcfactory.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.Samples;
import io.aigcfactory.platform.SqlTimestamps;
import io.aigcfactory.test.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A row that can never be sent (a record over Kafka's 1 MB request limit) between good
 * ones, judged by what reaches the topic and what stays in the table: the other key's row
 * arrives, the bad row is parked and counted, the later row of its key waits behind it,
 * and once the bad row is repaired both arrive in their order.
 */
abstract class OutboxParkingChecks {

	private static final String TOPIC = Topics.ASSET.name();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void parksARowThatKeepsFailingHoldsBackItsKeyAndLetsOtherKeysFlow() {
		String parkedKey = "parked-" + UUID.randomUUID();
		String otherKey = "other-" + UUID.randomUUID();
		AssetProduced first = Samples.assetProduced("first of its key");
		AssetProduced second = Samples.assetProduced("second of its key");
		AssetProduced other = Samples.assetProduced("another key");
		double parkedBefore = parkedCount();
		try (TopicProbe topic = new TopicProbe(this.brokers, TOPIC)) {
			this.transactions.executeWithoutResult((status) -> {
				insert(parkedKey, first, new byte[2 * 1024 * 1024]);
				insert(parkedKey, second, EventCodec.encode(second));
				insert(otherKey, other, EventCodec.encode(other));
			});

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(valuesOf(topic, otherKey)).containsExactly(other));
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(row(first)).satisfies((row) -> {
				assertThat(row.status()).isEqualTo("PARKED");
				assertThat(row.attempts()).isEqualTo(3);
				assertThat(row.lastError()).contains("RecordTooLargeException");
			}));
			assertThat(parkedCount() - parkedBefore).isEqualTo(1.0);
			assertThat(this.meters.get("aigc.outbox.parked.rows").gauge().value()).isGreaterThanOrEqualTo(1.0);
			assertThat(row(second).status()).isEqualTo("PENDING");
			assertThat(row(second).attempts()).isZero();
			assertThat(valuesOf(topic, parkedKey)).isEmpty();

			// An operator repairs the parked row and puts it back in line.
			this.jdbc
				.sql("update outbox set payload = ?, status = 'PENDING', attempts = 0, next_attempt_at = null "
						+ "where event_id = ?")
				.params(EventCodec.encode(first), first.metadata().eventId())
				.update();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(valuesOf(topic, parkedKey)).containsExactly(first, second));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.jdbc.sql("select count(*) from outbox where record_key in (?, ?)")
					.params(parkedKey, otherKey)
					.query(Long.class)
					.single() == 0);
		}
	}

	private double parkedCount() {
		return this.meters.get("aigc.outbox.parked").counter().count();
	}

	private void insert(String key, AssetProduced event, byte[] payload) {
		this.jdbc
			.sql("insert into outbox (topic, record_key, event_id, event_type, payload, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(TOPIC, key, event.metadata().eventId(), "AssetProduced", payload, SqlTimestamps.of(Instant.now()))
			.update();
	}

	private Row row(AssetProduced event) {
		return this.jdbc.sql("select status, attempts, last_error from outbox where event_id = ?")
			.param(event.metadata().eventId())
			.query(Row.class)
			.single();
	}

	private static List<AssetProduced> valuesOf(TopicProbe topic, String key) {
		return topic.records()
			.stream()
			.filter((record) -> key.equals(record.key()))
			.map(ConsumerRecord::value)
			.map((bytes) -> EventCodec.decode(bytes, AssetProduced.class))
			.toList();
	}

	record Row(String status, int attempts, String lastError) {
	}

	static final String SETTINGS = "aigc.messaging.outbox.max-attempts=3";

	static final String FAST_RETRIES = "aigc.messaging.outbox.first-retry-delay=50ms";

	static final String FAST_POLL = "aigc.messaging.outbox.poll-interval=100ms";

}
