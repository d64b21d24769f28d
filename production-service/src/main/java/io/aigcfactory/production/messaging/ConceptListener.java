package io.aigcfactory.production.messaging;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.UnprocessableEvent;
import io.aigcfactory.production.asset.AssetProduction;
import io.aigcfactory.production.image.UnrenderableText;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Produces an asset for every concept. */
@Component
class ConceptListener {

	private final IdempotentConsumer idempotent;

	private final AssetProduction production;

	ConceptListener(IdempotentConsumer idempotent, AssetProduction production) {
		this.idempotent = idempotent;
		this.production = production;
	}

	@KafkaListener(topics = Topics.Names.CONCEPT)
	void on(ConceptEvent event) {
		switch (event) {
			case ConceptCreated created -> {
				try {
					this.idempotent.handle("production.produce", created, () -> this.production.produce(created));
				}
				catch (UnrenderableText ex) {
					// Retrying cannot add a glyph to a font: park the concept where
					// operators see it.
					throw new UnprocessableEvent("Concept " + created.conceptId() + ": " + ex.getMessage());
				}
			}
		}
	}

}
