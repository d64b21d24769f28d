package io.aigcfactory.creative.bandit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.aigcfactory.events.Angle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AngleBanditTests {

	private final AngleBandit bandit = new AngleBandit(null, new BanditSettings(0.02, 1, Duration.ofDays(14), 20, 100),
			Clock.systemUTC());

	@Test
	void explainsAChoiceEarnedByEvidence() {
		String explanation = this.bandit.explain(new ThompsonSampling.Draw<>(Angle.SCENARIO, 0.0431, false), 1, 8,
				List.of(new Evidence(800, 33, 3), new Evidence(400, 16, 1)), List.of("taobao", "jd"));
		assertThat(explanation).isEqualTo("chosen because 场景 has CTR 4.1% and 8.2% conversions per click over "
				+ "1,200 impressions on taobao, jd (posterior sample 0.043, best of 8)");
	}

	@Test
	void explainsExplorationForLackOfImpressions() {
		String explanation = this.bandit.explain(new ThompsonSampling.Draw<>(Angle.GIFTING, 0.31, false), 3, 8,
				List.of(new Evidence(40, 2, 0)), List.of("taobao"));
		assertThat(explanation).isEqualTo(
				"explored: fewer than 100 impressions of 送礼 on taobao (40 so far; posterior sample 0.310, rank 3 of 8)");
	}

	@Test
	void explainsExplorationAtTheFloor() {
		String explanation = this.bandit.explain(new ThompsonSampling.Draw<>(Angle.PRICE, 0.012, true), 1, 8,
				List.of(new Evidence(5000, 60, 4)), List.of("jd"));
		assertThat(explanation).startsWith("explored: 价格 drawn at random at the 2% exploration floor");
	}

}
