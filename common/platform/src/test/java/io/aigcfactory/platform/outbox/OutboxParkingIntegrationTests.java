package io.aigcfactory.platform.outbox;

import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.test.LocalPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Parking and per-key order of the outbox relay on the real PostgreSQL. */
@SpringBootTest(classes = PlatformTestApplication.class,
		properties = { OutboxParkingChecks.SETTINGS, OutboxParkingChecks.FAST_RETRIES, OutboxParkingChecks.FAST_POLL })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class OutboxParkingIntegrationTests extends OutboxParkingChecks {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "outbox");
	}

}
