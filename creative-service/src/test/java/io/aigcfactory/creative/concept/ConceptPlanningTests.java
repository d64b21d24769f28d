package io.aigcfactory.creative.concept;

import java.util.List;
import java.util.Map;

import io.aigcfactory.events.Angle;
import org.junit.jupiter.api.Test;

import static io.aigcfactory.events.Angle.EMOTION;
import static io.aigcfactory.events.Angle.FUNCTION;
import static io.aigcfactory.events.Angle.PRICE;
import static io.aigcfactory.events.Angle.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;

class ConceptPlanningTests {

	private static final List<Angle> RANKED = List.of(PRICE, SCENARIO, FUNCTION, EMOTION, Angle.QUALITY, Angle.AUDIENCE,
			Angle.GIFTING, Angle.TREND);

	@Test
	void startsWithTheBestRankedAngles() {
		assertThat(ConceptPlanning.nextAngles(RANKED, Map.of(), 3)).containsExactly(PRICE, SCENARIO, FUNCTION);
	}

	@Test
	void replacesFromAnAngleNotUsedYet() {
		assertThat(ConceptPlanning.nextAngles(RANKED, Map.of(PRICE, 1, SCENARIO, 1, FUNCTION, 1), 1))
			.containsExactly(EMOTION);
	}

	@Test
	void reusesTheLeastUsedAnglesOnceAllAreUsed() {
		Map<Angle, Integer> used = new java.util.EnumMap<>(Angle.class);
		RANKED.forEach((angle) -> used.put(angle, 1));
		used.put(PRICE, 2);
		assertThat(ConceptPlanning.nextAngles(RANKED, used, 2)).containsExactly(SCENARIO, FUNCTION);
	}

	@Test
	void stylesFollowTheAngleAndChangeWithEachRewrite() {
		assertThat(StylePicker.pick(PRICE, 0)).isEqualTo("bold");
		assertThat(StylePicker.pick(PRICE, 1)).isNotEqualTo("bold");
	}

}
