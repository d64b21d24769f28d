package io.aigcfactory.creative.bandit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ThompsonSamplingTests {

	private final RandomGenerator random = new SplittableRandom(3);

	@Test
	void prefersTheArmWithBetterEvidence() {
		ThompsonSampling sampling = new ThompsonSampling(0, 0, 2);
		Map<String, List<Evidence>> arms = Map.of("good", List.of(new Evidence(2000, 100, 0)), "poor",
				List.of(new Evidence(2000, 40, 0)));
		int goodFirst = 0;
		for (int i = 0; i < 1000; i++) {
			if (sampling.rank(arms, this.random).getFirst().arm().equals("good")) {
				goodFirst++;
			}
		}
		assertThat(goodFirst).isGreaterThan(990);
	}

	@Test
	void withoutEvidenceEveryArmLeadsAboutEquallyOften() {
		ThompsonSampling sampling = new ThompsonSampling(0, 0, 2);
		Map<String, List<Evidence>> arms = new LinkedHashMap<>();
		for (String arm : List.of("a", "b", "c", "d")) {
			arms.put(arm, List.of());
		}
		Map<String, Integer> first = new LinkedHashMap<>();
		for (int i = 0; i < 8000; i++) {
			first.merge(sampling.rank(arms, this.random).getFirst().arm(), 1, Integer::sum);
		}
		assertThat(first.values()).allSatisfy((count) -> assertThat(count).isBetween(1800, 2200));
	}

	@Test
	void keepsExploringAtTheFloorEvenAgainstOverwhelmingEvidence() {
		ThompsonSampling sampling = new ThompsonSampling(0.2, 0, 2);
		Map<String, List<Evidence>> arms = Map.of("good", List.of(new Evidence(100_000, 10_000, 0)), "poor",
				List.of(new Evidence(100_000, 100, 0)));
		int poorFirst = 0;
		int explored = 0;
		for (int i = 0; i < 10_000; i++) {
			ThompsonSampling.Draw<String> lead = sampling.rank(arms, this.random).getFirst();
			poorFirst += lead.arm().equals("poor") ? 1 : 0;
			explored += lead.explored() ? 1 : 0;
		}
		// The floor picks uniformly among both arms: half of its 20 % goes to the poor
		// one.
		assertThat(poorFirst).isBetween(850, 1150);
		assertThat(explored).isBetween(1800, 2200);
	}

	@Test
	void conversionsBreakATieInClicks() {
		ThompsonSampling sampling = new ThompsonSampling(0, 2, 2);
		Map<String, List<Evidence>> arms = Map.of("converts", List.of(new Evidence(5000, 250, 50)), "browses",
				List.of(new Evidence(5000, 250, 2)));
		int convertsFirst = 0;
		for (int i = 0; i < 1000; i++) {
			convertsFirst += sampling.rank(arms, this.random).getFirst().arm().equals("converts") ? 1 : 0;
		}
		assertThat(convertsFirst).isGreaterThan(950);
	}

	@Test
	void anArmSharedByChannelsIsValuedByTheMeanOfItsChannels() {
		ThompsonSampling sampling = new ThompsonSampling(0, 0, 2);
		List<Evidence> channels = List.of(new Evidence(1_000_000, 80_000, 0), new Evidence(1_000_000, 20_000, 0));
		double sum = 0;
		for (int i = 0; i < 200; i++) {
			sum += sampling.value(channels, channels, this.random);
		}
		assertThat(sum / 200).isCloseTo(0.05, within(0.001));
	}

	@Test
	void anArmWithoutEvidenceIsDrawnAroundTheRatePooledOverTheOthers() {
		ThompsonSampling sampling = new ThompsonSampling(0, 0, 20);
		Evidence pooled = new Evidence(100_000, 3000, 0);
		double sum = 0;
		for (int i = 0; i < 20_000; i++) {
			sum += sampling.value(Evidence.NONE, pooled, this.random);
		}
		assertThat(sum / 20_000).isCloseTo(0.03, within(0.002));
	}

	@Test
	void decayHalvesTheWeightOfEvidenceEveryHalfLife() {
		Evidence old = new Evidence(1000, 50, 5);
		Evidence aged = old.aged(Duration.ofDays(28), Duration.ofDays(14));
		assertThat(aged.impressions()).isCloseTo(250, within(1e-9));
		assertThat(aged.clicks()).isCloseTo(12.5, within(1e-9));
		assertThat(aged.ctr()).isCloseTo(old.ctr(), within(1e-12));
		assertThat(old.aged(Duration.ZERO, Duration.ofDays(14))).isEqualTo(old);
	}

	@Test
	void decayedEvidenceWidensThePosteriorSoOldVerdictsCanBeOverturned() {
		ThompsonSampling sampling = new ThompsonSampling(0, 0, 2);
		Evidence fresh = new Evidence(2000, 100, 0);
		Evidence oldWinner = new Evidence(20_000, 1200, 0);
		Map<String, List<Evidence>> now = Map.of("old", List.of(oldWinner), "new", List.of(fresh));
		Map<String, List<Evidence>> later = Map.of("old",
				List.of(oldWinner.aged(Duration.ofDays(140), Duration.ofDays(14))), "new", List.of(fresh));
		assertThat(leadShare(sampling, later, "new")).isGreaterThan(leadShare(sampling, now, "new") + 0.1);
	}

	@Test
	void refusesAFloorOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ThompsonSampling(1.5, 0, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new ThompsonSampling(0.1, -1, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> new ThompsonSampling(0.1, 1, 1));
	}

	private double leadShare(ThompsonSampling sampling, Map<String, List<Evidence>> arms, String arm) {
		int lead = 0;
		for (int i = 0; i < 4000; i++) {
			lead += sampling.rank(arms, this.random).getFirst().arm().equals(arm) ? 1 : 0;
		}
		return lead / 4000.0;
	}

}
