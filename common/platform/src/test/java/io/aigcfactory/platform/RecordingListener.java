package io.aigcfactory.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.UnprocessableEvent;

import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Handles asset events idempotently; a headline of "poison" can never be handled, and
 * tests can make other headlines fail for a while, transiently or permanently.
 */
@Component
public class RecordingListener {

	public final List<AssetProduced> handled = new CopyOnWriteArrayList<>();

	/** Delivery attempts by headline. */
	public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	/** Transient failures still to be thrown, by headline. */
	public final Map<String, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();

	/** Headlines refused as unprocessable until removed from here. */
	public final Set<String> unprocessable = ConcurrentHashMap.newKeySet();

	private final IdempotentConsumer idempotent;

	RecordingListener(IdempotentConsumer idempotent) {
		this.idempotent = idempotent;
	}

	@KafkaListener(topics = Topics.Names.ASSET, groupId = "platform-test")
	void on(AssetEvent event) {
		AssetProduced produced = (AssetProduced) event;
		this.attempts.computeIfAbsent(produced.copy().headline(), (headline) -> new AtomicInteger()).incrementAndGet();
		String headline = produced.copy().headline();
		if (headline.equals("poison") || this.unprocessable.contains(headline)) {
			throw new UnprocessableEvent("poison asset " + produced.assetId());
		}
		AtomicInteger failuresLeft = this.transientFailuresLeft.get(headline);
		if (failuresLeft != null && failuresLeft.getAndDecrement() > 0) {
			throw new TransientDataAccessResourceException("database failing over");
		}
		this.idempotent.handle("platform-test", event, () -> this.handled.add(produced));
	}

}
