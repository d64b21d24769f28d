package io.aigcfactory.events;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTests {

	@Test
	void namesCarryTheMajorVersion() {
		assertThat(Topics.all()).extracting(Topic::name).allMatch((name) -> name.matches("aigc\\.[a-z]+\\.v\\d+"));
	}

	@Test
	void everyFamilyHasExactlyOneTopic() {
		Set<Class<?>> families = Topics.all().stream().map(Topic::valueType).collect(Collectors.toSet());
		assertThat(families).containsExactlyInAnyOrder(FactoryEvent.class.getPermittedSubclasses());
	}

	@Test
	void assetFlowIsKeyedByRequirementSoARequirementStaysInOrder() {
		var samples = SampleEvents.all();
		String requirement = SampleEvents.REQUIREMENT.toString();
		assertThat(Topics.REQUIREMENT.keyFor((RequirementEvent) samples.get("requirement-submitted.json")))
			.isEqualTo(requirement);
		assertThat(Topics.CONCEPT.keyFor((ConceptEvent) samples.get("concept-created.json"))).isEqualTo(requirement);
		assertThat(Topics.ASSET.keyFor((AssetEvent) samples.get("asset-produced.json"))).isEqualTo(requirement);
		assertThat(Topics.INSPECTION.keyFor((InspectionEvent) samples.get("asset-inspected.json")))
			.isEqualTo(requirement);
		assertThat(Topics.FAILURE.keyFor((FailureEvent) samples.get("stage-failed.json"))).isEqualTo(requirement);
		assertThat(Topics.VIDEO.keyFor((VideoEvent) samples.get("video-assigned.json"))).isEqualTo(requirement);
	}

	@Test
	void publicationsAndFeedbackAreKeyedByAsset() {
		var samples = SampleEvents.all();
		String asset = SampleEvents.ASSET.toString();
		assertThat(Topics.PUBLICATION.keyFor((PublicationEvent) samples.get("asset-published.json"))).isEqualTo(asset);
		assertThat(Topics.PUBLICATION.keyFor((PublicationEvent) samples.get("publication-failed.json")))
			.isEqualTo(asset);
		assertThat(Topics.FEEDBACK.keyFor((FeedbackEvent) samples.get("feedback-recorded.json"))).isEqualTo(asset);
	}

	@Test
	void insightsAreKeyedByTenantAndCategory() {
		InsightEvent insight = (InsightEvent) SampleEvents.all().get("insight-updated.json");
		assertThat(Topics.INSIGHT.keyFor(insight)).isEqualTo("acme:数码/耳机");
	}

	@Test
	void deadLetterTopicsFollowTheirTopic() {
		assertThat(Topics.ASSET.deadLetterName()).isEqualTo("aigc.asset.v1.dlt");
		assertThat(Topics.byName("aigc.asset.v1")).contains(Topics.ASSET);
		assertThat(Topics.byName("aigc.asset.v2")).isEmpty();
	}

}
