package io.aigcfactory.inspection.messaging;

import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.inspection.verdict.AssetInspection;
import io.aigcfactory.platform.messaging.IdempotentConsumer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Inspects every produced asset. */
@Component
class AssetListener {

	private final IdempotentConsumer idempotent;

	private final AssetInspection inspection;

	AssetListener(IdempotentConsumer idempotent, AssetInspection inspection) {
		this.idempotent = idempotent;
		this.inspection = inspection;
	}

	@KafkaListener(topics = Topics.Names.ASSET)
	void on(AssetEvent event) {
		switch (event) {
			case AssetProduced produced ->
				this.idempotent.handle("inspection.inspect", produced, () -> this.inspection.inspect(produced));
		}
	}

}
