package io.aigcfactory.platform.outbox;

import io.aigcfactory.platform.PlatformTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Parking and per-key order of the outbox relay on the standalone mode's H2 (PostgreSQL
 * mode), which must accept the same {@code for update skip locked} claim.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = { OutboxParkingChecks.SETTINGS,
		OutboxParkingChecks.FAST_RETRIES, OutboxParkingChecks.FAST_POLL,
		"spring.datasource.url=jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class OutboxParkingOnH2IntegrationTests extends OutboxParkingChecks {

}
