package io.aigcfactory.platform.outbox;

import io.aigcfactory.platform.PlatformTestApplication;
import io.aigcfactory.platform.boot.ShutdownOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phases a real service context stops in, highest first: the web drain, then the
 * Kafka listeners, then the outbox relay. Spring stops lifecycle beans by descending
 * phase, so these phases are the order.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:shutdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ShutdownOrderIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void drainsTheWebThenStopsListenersThenFlushesTheOutbox() {
		int webDrain = phaseOf(WebServerGracefulShutdownLifecycle.class);
		int listeners = this.context.getBean(KafkaListenerEndpointRegistry.class).getPhase();
		int outbox = this.context.getBean(OutboxRelay.class).getPhase();

		assertThat(webDrain).isEqualTo(ShutdownOrder.WEB_DRAIN);
		assertThat(listeners).isLessThan(webDrain).isEqualTo(ShutdownOrder.LISTENERS);
		assertThat(outbox).isLessThan(listeners);
		assertThat(ShutdownOrder.WORKERS).isLessThan(outbox);
		// Nothing else that runs in a service stops between or after them, except the web
		// server itself, once drained.
		assertThat(this.context.getBeansOfType(SmartLifecycle.class).values())
			.filteredOn((bean) -> bean.getPhase() < webDrain && bean.getPhase() > ShutdownOrder.WORKERS)
			.extracting((bean) -> bean.getClass().getSimpleName())
			.containsExactlyInAnyOrder("KafkaListenerEndpointRegistry", "OutboxRelay");
	}

	private int phaseOf(Class<? extends SmartLifecycle> type) {
		return this.context.getBeansOfType(type).values().iterator().next().getPhase();
	}

}
