package io.aigcfactory.standalone;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** When the demo stops following a requirement, and whether it calls the run done. */
class SummaryTests {

	private static JsonNode requirement(String status, boolean settled, int concepts, int produced, int approved,
			int rejected, int inReview, int published) {
		return JsonMapper.shared()
			.readTree("""
					{"status":"%s","settled":%s,"stages":{"concepts":%d,"produced":%d,"approved":%d,"rejected":%d,
					"inReview":%d,"published":%d,"publications":0,"publicationFailures":0,"failed":0}}"""
				.formatted(status, settled, concepts, produced, approved, rejected, inReview, published));
	}

	@Test
	void aRequirementWhoseOnlyOpenAssetWaitsForAReviewerNeedsNothingMoreFromThePlatform() {
		JsonNode waiting = requirement("IN_PROGRESS", false, 3, 3, 2, 0, 1, 2);
		assertThat(Summary.settledOrAwaitingReview(waiting)).isTrue();
		assertThat(new Summary(List.of(waiting, requirement("COMPLETED", true, 3, 3, 3, 0, 0, 3)))
			.allCompletedOrAwaitingReview()).isTrue();
	}

	@Test
	void aRequirementWithWorkInFlightIsFollowedFurther() {
		// A concept not yet produced, an asset not yet judged, an approved one not yet
		// published.
		assertThat(Summary.settledOrAwaitingReview(requirement("IN_PROGRESS", false, 4, 3, 2, 0, 1, 2))).isFalse();
		assertThat(Summary.settledOrAwaitingReview(requirement("IN_PROGRESS", false, 3, 3, 1, 0, 1, 1))).isFalse();
		assertThat(Summary.settledOrAwaitingReview(requirement("IN_PROGRESS", false, 3, 3, 2, 0, 1, 1))).isFalse();
		assertThat(Summary.settledOrAwaitingReview(requirement("IN_PROGRESS", false, 3, 3, 3, 0, 0, 2))).isFalse();
		assertThat(
				new Summary(List.of(requirement("EXHAUSTED", true, 9, 9, 1, 8, 0, 1))).allCompletedOrAwaitingReview())
			.isFalse();
	}

}
