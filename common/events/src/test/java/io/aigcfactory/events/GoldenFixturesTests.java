package io.aigcfactory.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the wire format: every sample event encodes to its golden fixture, and every
 * golden fixture decodes to the same event.
 */
class GoldenFixturesTests {

	@TestFactory
	Stream<DynamicTest> encodesToGoldenFixture() {
		return SampleEvents.all().entrySet().stream().map((sample) -> DynamicTest.dynamicTest(sample.getKey(), () -> {
			String encoded = new String(EventCodec.encode(sample.getValue()), StandardCharsets.UTF_8);
			JSONAssert.assertEquals(golden(sample.getKey()), encoded, JSONCompareMode.STRICT);
		}));
	}

	@TestFactory
	Stream<DynamicTest> decodesGoldenFixture() {
		return SampleEvents.all().entrySet().stream().map((sample) -> DynamicTest.dynamicTest(sample.getKey(), () -> {
			FactoryEvent event = sample.getValue();
			Topic<?> topic = topicOf(event);
			FactoryEvent decoded = EventCodec.decode(golden(sample.getKey()).getBytes(StandardCharsets.UTF_8),
					topic.valueType());
			assertThat(decoded).isEqualTo(event);
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyEventTypeHasAFixture() {
		Map<String, FactoryEvent> samples = SampleEvents.all();
		return Stream.of(FactoryEvent.class.getPermittedSubclasses())
			.flatMap((family) -> Stream.of(family.getPermittedSubclasses()))
			.map((type) -> DynamicTest.dynamicTest(type.getSimpleName(), () -> assertThat(samples.values())
				.anySatisfy((sample) -> assertThat(sample).isExactlyInstanceOf(type))));
	}

	private static Topic<?> topicOf(FactoryEvent event) {
		return Topics.all().stream().filter((topic) -> topic.valueType().isInstance(event)).findFirst().orElseThrow();
	}

	@Test
	void anInsightWithoutChannelsStillDecodesAsFiguresForAllChannels() throws IOException {
		String old = golden("insight-updated.json").replaceAll("\\s*\"channel\" : \"[a-z]+\",", "");
		InsightUpdated decoded = (InsightUpdated) EventCodec.decode(old.getBytes(StandardCharsets.UTF_8),
				InsightEvent.class);
		assertThat(decoded.angles()).extracting(AngleInsight::channel).containsOnlyNulls();
		assertThat(decoded.angles().getFirst().clicks()).isEqualTo(52);
	}

	@Test
	void anAssetWithoutProductFactsStillDecodesWithNoFacts() throws IOException {
		String old = golden("asset-produced.json").replaceAll(",\\s*\"facts\" : \\[[^\\]]*\\]", "");
		AssetProduced decoded = (AssetProduced) EventCodec.decode(old.getBytes(StandardCharsets.UTF_8),
				AssetEvent.class);
		assertThat(old).doesNotContain("facts");
		assertThat(decoded.product().facts()).isEmpty();
		assertThat(decoded.product().category()).isEqualTo("数码/耳机");
	}

	@Test
	void aRenditionWithoutDurationOrChannelsDecodesAsAStillForEveryChannel() throws IOException {
		String old = golden("asset-produced.json").replaceAll(",\\s*\"durationMillis\" : \\d+", "")
			.replaceAll(",\\s*\"channels\" : \\[ [^\\]]*\\]\\s*}", "}");
		AssetProduced decoded = (AssetProduced) EventCodec.decode(old.getBytes(StandardCharsets.UTF_8),
				AssetEvent.class);
		assertThat(old).doesNotContain("durationMillis");
		assertThat(decoded.renditions()).extracting(Rendition::durationMillis).containsOnly(0L);
		assertThat(decoded.renditions()).allSatisfy((rendition) -> {
			assertThat(rendition.channels()).isEmpty();
			assertThat(rendition.isFor("xiaohongshu")).isTrue();
		});
		assertThat(decoded.channels()).containsExactly("taobao", "jd");
	}

	@Test
	void aRenditionForSomeChannelsGoesOnlyToThem() {
		Rendition video = SampleEvents.RENDITIONS.getLast();
		assertThat(video.isFor("douyin")).isTrue();
		assertThat(video.isFor("taobao")).isFalse();
	}

	private static String golden(String name) throws IOException {
		try (InputStream in = GoldenFixturesTests.class.getResourceAsStream("/golden/" + name)) {
			assertThat(in).as("golden fixture %s", name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
