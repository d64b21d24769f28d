package io.aigcfactory.inspection.messaging;

import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.inspection.verdict.AssetInspection;
import io.aigcfactory.inspection.verdict.ScreenedAsset;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.TransientFailure;
import io.aigcfactory.platform.messaging.UnprocessableEvent;
import io.aigcfactory.platform.observability.MessageTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Inspects produced assets a poll at a time. The assets of one poll (one requirement's
 * assets arrive together, keyed by requirement) are screened together, so that their copy
 * is embedded in shared batches, then concluded one by one in order, each behind the
 * idempotent consumer in its own transaction. A record that fails, or cannot be read, is
 * reported by its index: the records before it stay done, it goes to the dead-letter
 * topic (after retries where retrying can help), and the records after it are delivered
 * again. A model outage is retried in place for the platform's blocking budget, as it
 * holds up every asset behind it alike, and then given up on in the open. The poll is one
 * span linked to the traces of its records; each record is concluded in a span of its own
 * trace, so that its verdict continues that trace.
 */
@Component
class AssetListener {

	/** The idempotent consumer's name for inspecting an asset. */
	static final String CONSUMER = "inspection.inspect";

	private static final LogAccessor logger = new LogAccessor(AssetListener.class);

	private final IdempotentConsumer idempotent;

	private final AssetInspection inspection;

	private final MessageTracing tracing;

	AssetListener(IdempotentConsumer idempotent, AssetInspection inspection, MessageTracing tracing) {
		this.idempotent = idempotent;
		this.inspection = inspection;
		this.tracing = tracing;
	}

	@KafkaListener(id = "inspection.assets", idIsGroup = false, topics = Topics.Names.ASSET, batch = "true")
	void on(List<ConsumerRecord<String, @Nullable AssetEvent>> records) {
		this.tracing.inBatch(Topics.Names.ASSET, records, () -> inspect(records));
	}

	private void inspect(List<ConsumerRecord<String, @Nullable AssetEvent>> records) {
		List<AssetProduced> assets = new ArrayList<>(records.size());
		for (ConsumerRecord<String, @Nullable AssetEvent> record : records) {
			AssetEvent event = record.value();
			if (event == null) {
				break;
			}
			switch (event) {
				case AssetProduced produced -> assets.add(produced);
			}
		}
		List<ScreenedAsset> screened = this.inspection.screen(assets);
		for (int i = 0; i < screened.size(); i++) {
			ScreenedAsset asset = screened.get(i);
			try {
				this.tracing.asMember(records.get(i),
						() -> this.idempotent.handle(CONSUMER, asset.asset(), () -> this.inspection.conclude(asset)));
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException("Inspection of asset " + asset.asset().assetId() + " failed",
						passingOrNot(ex), i);
			}
		}
		if (assets.size() < records.size()) {
			throw new BatchListenerFailedException("Record cannot be read as an asset event",
					unreadable(records.get(assets.size())), assets.size());
		}
	}

	/**
	 * A model that is down or too slow for now (the embedding behind the originality
	 * check) is a passing failure: the error handler retries the asset with growing waits
	 * for its budget, then {@link ModelOutageGivenUp} settles it. Anything else keeps its
	 * own classification.
	 */
	private static RuntimeException passingOrNot(RuntimeException failure) {
		InferenceException model = InferenceException.retryableCause(failure);
		if (model == null) {
			return failure;
		}
		return new TransientFailure("Model call failed (" + model.reason() + "): " + model.getMessage(), failure);
	}

	private static RuntimeException unreadable(ConsumerRecord<String, ?> record) {
		DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, logger);
		return (failure != null) ? failure : new UnprocessableEvent(
				"Record " + record.topic() + "-" + record.partition() + "@" + record.offset() + " has no value");
	}

}
