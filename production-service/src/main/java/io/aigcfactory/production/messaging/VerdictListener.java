package io.aigcfactory.production.messaging;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.production.asset.Assets;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns which of its assets inspection rejected, so that a requirement whose promo video
 * rode on a rejected asset gets its video with the asset that replaces it.
 */
@Component
class VerdictListener {

	private final IdempotentConsumer idempotent;

	private final Assets assets;

	VerdictListener(IdempotentConsumer idempotent, Assets assets) {
		this.idempotent = idempotent;
		this.assets = assets;
	}

	@KafkaListener(topics = Topics.Names.INSPECTION)
	void on(InspectionEvent event) {
		switch (event) {
			case AssetInspected inspected -> {
				if (inspected.verdict() == Verdict.REJECTED) {
					this.idempotent.handle("production.rejected", inspected,
							() -> this.assets.rejected(inspected.assetId()));
				}
			}
		}
	}

}
