package io.aigcfactory.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.UnprocessableEvent;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Handles asset events idempotently; a headline of "poison" can never be handled. */
@Component
public class RecordingListener {

	public final List<AssetProduced> handled = new CopyOnWriteArrayList<>();

	/** Delivery attempts by headline. */
	public final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final IdempotentConsumer idempotent;

	RecordingListener(IdempotentConsumer idempotent) {
		this.idempotent = idempotent;
	}

	@KafkaListener(topics = Topics.Names.ASSET, groupId = "platform-test")
	void on(AssetEvent event) {
		AssetProduced produced = (AssetProduced) event;
		this.attempts.computeIfAbsent(produced.copy().headline(), (headline) -> new AtomicInteger()).incrementAndGet();
		if (produced.copy().headline().equals("poison")) {
			throw new UnprocessableEvent("poison asset " + produced.assetId());
		}
		this.idempotent.handle("platform-test", event, () -> this.handled.add(produced));
	}

}
