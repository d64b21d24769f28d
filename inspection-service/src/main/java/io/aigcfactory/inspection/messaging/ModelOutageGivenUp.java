package io.aigcfactory.inspection.messaging;

import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.EventPublisher;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.RetriesExhausted;
import io.aigcfactory.platform.messaging.TransientFailure;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.stereotype.Component;

/**
 * Gives up on an asset whose inspection kept failing for a passing reason (the embedding
 * model down or too slow) for the whole retry budget: announces {@code StageFailed} with
 * stage {@code inspection} and reason {@code MODEL_UNAVAILABLE}, so that its requirement
 * learns the variant will not arrive instead of waiting for it. It runs behind the same
 * idempotent consumer as the inspection, so an asset is either inspected or given up on,
 * once.
 */
@Component
class ModelOutageGivenUp implements RetriesExhausted {

	static final String STAGE = "inspection";

	static final String MODEL_UNAVAILABLE = "MODEL_UNAVAILABLE";

	private final IdempotentConsumer idempotent;

	private final EventPublisher events;

	ModelOutageGivenUp(IdempotentConsumer idempotent, EventPublisher events) {
		this.idempotent = idempotent;
		this.events = events;
	}

	@Override
	public boolean settle(ConsumerRecord<?, ?> record, Exception failure, int attempts) {
		if (!Topics.ASSET.name().equals(record.topic()) || !(record.value() instanceof AssetProduced asset)) {
			return false;
		}
		this.idempotent.handle(AssetListener.CONSUMER, asset,
				() -> this.events.publish(Topics.FAILURE,
						new StageFailed(EventMetadata.now(asset.metadata().tenantId()), asset.requirementId(),
								asset.conceptId(), asset.assetId(), asset.attempt(), STAGE, MODEL_UNAVAILABLE,
								detail(failure), attempts)));
		return true;
	}

	private static String detail(Exception failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof TransientFailure)) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return (message != null && !message.isBlank()) ? message : cause.getClass().getSimpleName();
	}

}
