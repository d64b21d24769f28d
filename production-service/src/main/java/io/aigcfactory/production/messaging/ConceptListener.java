package io.aigcfactory.production.messaging;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.UnprocessableEvent;
import io.aigcfactory.production.asset.AssetProduction;
import io.aigcfactory.production.image.UnrenderableText;
import io.aigcfactory.production.image.UnusablePhoto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Produces an asset for every concept. */
@Component
class ConceptListener {

	private static final Logger logger = LoggerFactory.getLogger(ConceptListener.class);

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
				catch (UnusablePhoto ex) {
					// The photo was checked at intake; one that is gone or broken now
					// stays so.
					logger.error("Concept {} of requirement {} failed at the photo stage: {}", created.conceptId(),
							created.requirementId(), ex.getMessage());
					throw new UnprocessableEvent(
							"Concept " + created.conceptId() + ", stage photo: " + ex.getMessage());
				}
			}
		}
	}

}
