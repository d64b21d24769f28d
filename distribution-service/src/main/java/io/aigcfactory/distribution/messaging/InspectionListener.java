package io.aigcfactory.distribution.messaging;

import io.aigcfactory.distribution.publication.PublicationIntake;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Queues the publications of approved assets. */
@Component
class InspectionListener {

	private final IdempotentConsumer idempotent;

	private final PublicationIntake intake;

	InspectionListener(IdempotentConsumer idempotent, PublicationIntake intake) {
		this.idempotent = idempotent;
		this.intake = intake;
	}

	@KafkaListener(topics = Topics.Names.INSPECTION)
	void on(InspectionEvent event) {
		switch (event) {
			case AssetInspected inspected ->
				this.idempotent.handle("distribution.enqueue", inspected, () -> this.intake.onInspected(inspected));
		}
	}

}
