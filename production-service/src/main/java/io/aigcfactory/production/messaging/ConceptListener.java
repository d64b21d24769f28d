package io.aigcfactory.production.messaging;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.VideoAssigned;
import io.aigcfactory.events.VideoEvent;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.production.asset.AssetProduction;
import io.aigcfactory.production.asset.GivenUp;
import io.aigcfactory.production.image.TextDoesNotFit;
import io.aigcfactory.production.image.UnrenderableText;
import io.aigcfactory.production.image.UnusablePhoto;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Produces an asset for every concept, and announces a concept that can never be produced
 * instead of retrying it. The concept chosen to carry its requirement's promo video goes
 * to the video step ({@code aigc.video.v1}, its own listener threads), so that the
 * requirement's still assets, and those of the requirements behind it on the partition,
 * do not wait behind the video.
 */
@Component
class ConceptListener {

	static final String UNRENDERABLE_TEXT = "UNRENDERABLE_TEXT";

	static final String UNUSABLE_PHOTO = "UNUSABLE_PHOTO";

	static final String TEXT_DOES_NOT_FIT = "TEXT_DOES_NOT_FIT";

	private final IdempotentConsumer idempotent;

	private final AssetProduction production;

	private final GivenUp givenUp;

	private final EventPublisher events;

	ConceptListener(IdempotentConsumer idempotent, AssetProduction production, GivenUp givenUp, EventPublisher events) {
		this.idempotent = idempotent;
		this.production = production;
		this.givenUp = givenUp;
		this.events = events;
	}

	@KafkaListener(topics = Topics.Names.CONCEPT)
	void on(ConceptEvent event) {
		switch (event) {
			case ConceptCreated created -> this.idempotent.handle("production.produce", created, () -> {
				if (this.production.assignsVideo(created)) {
					this.events.publish(Topics.VIDEO, VideoAssigned.of(created));
				}
				else {
					produce(created, false);
				}
			});
		}
	}

	@KafkaListener(topics = Topics.Names.VIDEO, concurrency = "${aigc.production.video.concurrency}")
	void on(VideoEvent event) {
		switch (event) {
			case VideoAssigned assigned ->
				this.idempotent.handle("production.video", assigned, () -> produce(assigned.concept(), true));
		}
	}

	private void produce(ConceptCreated created, boolean withVideo) {
		try {
			this.production.produce(created, withVideo);
		}
		catch (UnrenderableText ex) {
			// Retrying cannot add a glyph to a font.
			this.givenUp.concept(created, UNRENDERABLE_TEXT, ex.getMessage());
		}
		catch (TextDoesNotFit ex) {
			// Not one of the sizes its channels ask for can hold its text legibly.
			this.givenUp.concept(created, TEXT_DOES_NOT_FIT, ex.getMessage());
		}
		catch (UnusablePhoto ex) {
			// The photo was checked at intake; one that is gone or broken now stays so.
			this.givenUp.concept(created, UNUSABLE_PHOTO, ex.getMessage());
		}
	}

}
