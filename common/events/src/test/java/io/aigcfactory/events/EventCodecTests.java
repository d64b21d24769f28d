package io.aigcfactory.events;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventCodecTests {

	@Test
	void rejectsBytesThatAreNotJson() {
		assertThatExceptionOfType(MalformedEvent.class)
			.isThrownBy(() -> EventCodec.decode("{not json".getBytes(StandardCharsets.UTF_8), AssetEvent.class));
	}

	@Test
	void rejectsAnEventWithoutItsRequiredFields() {
		String json = """
				{"type":"AssetProduced","metadata":{"eventId":"019a8f10-0000-7000-8000-000000000103",
				"tenantId":"acme","occurredAt":"2026-11-23T08:00:00Z","schemaVersion":1}}""";
		assertThatExceptionOfType(MalformedEvent.class)
			.isThrownBy(() -> EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), AssetEvent.class))
			.withMessageContaining("AssetEvent");
	}

	@Test
	void rejectsAnEventOfAnotherFamily() {
		byte[] concept = EventCodec.encode(SampleEvents.all().get("concept-created.json"));
		assertThatExceptionOfType(MalformedEvent.class).isThrownBy(() -> EventCodec.decode(concept, AssetEvent.class));
	}

	@Test
	void toleratesFieldsItDoesNotKnow() {
		String json = """
				{"type":"FeedbackRecorded","metadata":{"eventId":"019a8f10-0000-7000-8000-000000000107",
				"tenantId":"acme","occurredAt":"2026-11-23T08:00:00Z","schemaVersion":2},
				"assetId":"019a8f10-0000-7000-8000-000000000003","channel":"taobao","kind":"CLICK","count":12,
				"observedAt":"2026-11-23T08:00:00Z","addedInALaterVersion":true}""";
		FeedbackEvent event = EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), FeedbackEvent.class);
		assertThat(event).isInstanceOfSatisfying(FeedbackRecorded.class,
				(recorded) -> assertThat(recorded.count()).isEqualTo(12));
	}

	@Test
	void rejectsANegativePrice() {
		String json = new String(EventCodec.encode(SampleEvents.all().get("requirement-submitted.json")),
				StandardCharsets.UTF_8)
			.replace("299.00", "-1");
		assertThatExceptionOfType(MalformedEvent.class)
			.isThrownBy(() -> EventCodec.decode(json.getBytes(StandardCharsets.UTF_8), RequirementEvent.class))
			.withMessageContaining("price");
	}

}
