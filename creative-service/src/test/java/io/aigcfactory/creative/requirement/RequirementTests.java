package io.aigcfactory.creative.requirement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementTests {

	@Test
	void waitsWhileEnoughAssetsAreInFlight() {
		assertThat(requirement(3, 6, new Counters(3, 0, 1, 0, 0)).afterVerdict()).isEqualTo(new NextStep.Wait());
	}

	@Test
	void replacesARejectedAssetWhileTheBudgetAllows() {
		assertThat(requirement(3, 6, new Counters(3, 0, 1, 1, 0)).afterVerdict()).isEqualTo(new NextStep.Regenerate(1));
	}

	@Test
	void waitsForTheDecisionOnAnAssetInReviewInsteadOfReplacingIt() {
		assertThat(requirement(3, 6, new Counters(3, 0, 2, 0, 1)).afterVerdict()).isEqualTo(new NextStep.Wait());
	}

	@Test
	void replacesAnAssetAReviewerRejected() {
		// Was Counters(3, 0, 2, 0, 1): the reviewer's rejection moves it from review to
		// rejected.
		assertThat(requirement(3, 6, new Counters(3, 0, 2, 1, 0)).afterVerdict()).isEqualTo(new NextStep.Regenerate(1));
	}

	@Test
	void completesWhenAReviewerApprovesTheLastMissingAsset() {
		assertThat(requirement(3, 6, new Counters(3, 0, 3, 0, 0)).afterVerdict()).isEqualTo(new NextStep.Complete());
	}

	@Test
	void neverExhaustsWhileAnAssetIsInReview() {
		assertThat(requirement(3, 2, new Counters(5, 2, 1, 3, 1)).afterVerdict()).isEqualTo(new NextStep.Wait());
	}

	@Test
	void replacesNoMoreThanTheBudgetLeaves() {
		assertThat(requirement(5, 6, new Counters(10, 5, 0, 9, 0)).afterVerdict())
			.isEqualTo(new NextStep.Regenerate(1));
	}

	@Test
	void completesOnceEnoughAreApproved() {
		assertThat(requirement(3, 6, new Counters(4, 1, 3, 1, 0)).afterVerdict()).isEqualTo(new NextStep.Complete());
	}

	@Test
	void isExhaustedWhenNothingIsLeftToWaitFor() {
		assertThat(requirement(3, 2, new Counters(5, 2, 1, 4, 0)).afterVerdict()).isEqualTo(new NextStep.Exhaust());
	}

	@Test
	void waitsForInFlightAssetsBeforeGivingUp() {
		assertThat(requirement(3, 2, new Counters(5, 2, 1, 3, 0)).afterVerdict()).isEqualTo(new NextStep.Wait());
	}

	@Test
	void waitsForInFlightAssetsWhileAConceptFailed() {
		assertThat(requirement(3, 6, new Counters(3, 0, 1, 0, 0, 1, 0)).afterVerdict()).isEqualTo(new NextStep.Wait());
	}

	@Test
	void doesNotReplaceAConceptAStageGaveUpOn() {
		assertThat(requirement(3, 6, new Counters(3, 0, 1, 1, 0, 1, 0)).afterVerdict())
			.isEqualTo(new NextStep.Regenerate(1));
	}

	@Test
	void endsPartialWhenSomeAreApprovedAndTheRestFailed() {
		assertThat(requirement(3, 6, new Counters(3, 0, 2, 0, 0, 1, 0)).afterVerdict())
			.isEqualTo(new NextStep.Partial());
	}

	@Test
	void failsWhenNoneIsApprovedAndConceptsFailed() {
		assertThat(requirement(3, 6, new Counters(3, 0, 0, 0, 0, 3, 0)).afterVerdict()).isEqualTo(new NextStep.Fail());
	}

	@Test
	void failsWhenTheBudgetIsSpentOnRejectionsAndTheOthersFailed() {
		assertThat(requirement(2, 1, new Counters(3, 1, 0, 2, 0, 1, 0)).afterVerdict()).isEqualTo(new NextStep.Fail());
	}

	@Test
	void countsRetriedFailuresNoLongerAsImpossible() {
		assertThat(requirement(3, 6, new Counters(4, 0, 2, 0, 0, 1, 1)).afterVerdict()).isEqualTo(new NextStep.Wait());
		assertThat(requirement(3, 6, new Counters(4, 0, 3, 0, 0, 1, 1)).afterVerdict())
			.isEqualTo(new NextStep.Complete());
	}

	@Test
	void completesEvenIfAnotherConceptFailed() {
		assertThat(requirement(2, 6, new Counters(3, 0, 2, 0, 0, 1, 0)).afterVerdict())
			.isEqualTo(new NextStep.Complete());
	}

	@Test
	void doesNothingOnceFinal() {
		Requirement done = new Requirement(RequirementId.next(), "acme", product(), List.of("taobao"), 3, 6,
				RequirementStatus.COMPLETED, new Counters(3, 0, 3, 1, 0), Instant.now(), Instant.now());
		assertThat(done.afterVerdict()).isEqualTo(new NextStep.Wait());
	}

	private static Requirement requirement(int variants, int budget, Counters counters) {
		return new Requirement(RequirementId.next(), "acme", product(), List.of("taobao"), variants, budget,
				RequirementStatus.IN_PROGRESS, counters, Instant.now(), null);
	}

	private static Product product() {
		return new Product("SKU-1", "保温杯", "暖暖", "家居/杯具", new BigDecimal("89.90"), List.of("12 小时保温"), "上班族", null);
	}

}
