package io.aigcfactory.platform.messaging;

import java.nio.charset.StandardCharsets;

import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.MalformedEvent;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.Samples;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PayloadSerdeTests {

	private final PayloadSerializer serializer = new PayloadSerializer();

	private final EventDeserializer deserializer = new EventDeserializer();

	@Test
	void writesEventsThroughTheCodecAndBytesAsTheyAre() {
		AssetProduced event = Samples.assetProduced("serde");
		assertThat(this.serializer.serialize("any", event)).isEqualTo(EventCodec.encode(event));
		byte[] raw = { 1, 2, 3 };
		assertThat(this.serializer.serialize("any", raw)).isSameAs(raw);
		assertThatExceptionOfType(SerializationException.class)
			.isThrownBy(() -> this.serializer.serialize("any", "a string"));
	}

	@Test
	void readsTheFamilyOfTheTopic() {
		AssetProduced event = Samples.assetProduced("serde");
		assertThat(this.deserializer.deserialize(Topics.ASSET.name(), EventCodec.encode(event)))
			.isInstanceOf(AssetEvent.class)
			.isEqualTo(event);
	}

	@Test
	void refusesRecordsOfAnotherFamilyOrAnUnknownTopic() {
		byte[] asset = EventCodec.encode(Samples.assetProduced("serde"));
		assertThatExceptionOfType(MalformedEvent.class)
			.isThrownBy(() -> this.deserializer.deserialize(Topics.CONCEPT.name(), asset));
		assertThatExceptionOfType(SerializationException.class)
			.isThrownBy(() -> this.deserializer.deserialize("elsewhere", "{}".getBytes(StandardCharsets.UTF_8)));
	}

}
