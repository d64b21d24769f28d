package io.aigcfactory.standalone.brokerrestart;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A service as small as the platform allows, for fault R1: it publishes through the
 * outbox and consumes the asset topic behind the idempotent consumer, recording each
 * effect.
 */
@SpringBootApplication
public class BrokerRestartApplication {

	/** Records each asset event it handles, behind the idempotent consumer. */
	@Component
	public static class Effects {

		public final List<AssetEvent> done = new CopyOnWriteArrayList<>();

		private final IdempotentConsumer idempotent;

		Effects(IdempotentConsumer idempotent) {
			this.idempotent = idempotent;
		}

		@KafkaListener(topics = Topics.Names.ASSET, groupId = "broker-restart")
		void on(AssetEvent event) {
			this.idempotent.handle("broker-restart", event, () -> this.done.add(event));
		}

	}

}
