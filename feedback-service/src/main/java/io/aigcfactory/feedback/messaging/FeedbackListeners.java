package io.aigcfactory.feedback.messaging;

import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.FeedbackEvent;
import io.aigcfactory.events.FeedbackRecorded;
import io.aigcfactory.events.PublicationEvent;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.feedback.statistics.FeedbackAggregation;
import io.aigcfactory.platform.messaging.IdempotentConsumer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns of published assets and rolls up their feedback. */
@Component
class FeedbackListeners {

	private final IdempotentConsumer idempotent;

	private final FeedbackAggregation aggregation;

	FeedbackListeners(IdempotentConsumer idempotent, FeedbackAggregation aggregation) {
		this.idempotent = idempotent;
		this.aggregation = aggregation;
	}

	@KafkaListener(topics = Topics.Names.PUBLICATION)
	void on(PublicationEvent event) {
		switch (event) {
			case AssetPublished published ->
				this.idempotent.handle("feedback.directory", published, () -> this.aggregation.published(published));
			case PublicationFailed failed -> {
				// Nothing was published, so no feedback can come of it.
			}
		}
	}

	@KafkaListener(topics = Topics.Names.FEEDBACK)
	void on(FeedbackEvent event) {
		switch (event) {
			case FeedbackRecorded recorded ->
				this.idempotent.handle("feedback.aggregate", recorded, () -> this.aggregation.recorded(recorded));
		}
	}

}
