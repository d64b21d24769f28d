package io.aigcfactory.creative.concept;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

	@Test
	void twentyVariantsGetTwentyDistinctDirections() {
		List<Direction> catalogue = new DirectionCatalogue().forCategory("数码/耳机");
		Map<String, Integer> used = new java.util.HashMap<>();
		List<Direction> chosen = new java.util.ArrayList<>();
		for (Angle angle : ConceptPlanning.nextAngles(RANKED, Map.of(), 20)) {
			Direction direction = ConceptPlanning.nextDirection(catalogue, angle, used, null, 12345);
			used.merge(direction.id(), 1, Integer::sum);
			chosen.add(direction);
		}
		assertThat(chosen).hasSize(20).extracting(Direction::id).doesNotHaveDuplicates();
		assertThat(chosen).extracting(Direction::angle).containsAll(RANKED);
	}

	@Test
	void aRewriteTakesAnUnusedDirectionOfItsAngle() {
		List<Direction> catalogue = new DirectionCatalogue().forCategory("家居/杯具");
		List<Direction> ofPrice = catalogue.stream().filter((direction) -> direction.angle() == PRICE).toList();
		Map<String, Integer> used = new java.util.HashMap<>();
		ofPrice.subList(0, ofPrice.size() - 1).forEach((direction) -> used.put(direction.id(), 1));
		Direction rewrite = ConceptPlanning.nextDirection(catalogue, PRICE, used, ofPrice.get(0).id(), 0);
		assertThat(rewrite).isEqualTo(ofPrice.getLast());
	}

	@Test
	void onceEveryDirectionIsUsedARewriteAvoidsTheRejectedOne() {
		List<Direction> catalogue = new DirectionCatalogue().forCategory("家居/杯具");
		List<Direction> ofPrice = catalogue.stream().filter((direction) -> direction.angle() == PRICE).toList();
		Map<String, Integer> used = new java.util.HashMap<>();
		ofPrice.forEach((direction) -> used.put(direction.id(), 1));
		for (int offset = 0; offset < ofPrice.size(); offset++) {
			String rejected = ofPrice.get(offset).id();
			assertThat(ConceptPlanning.nextDirection(catalogue, PRICE, used, rejected, offset).id())
				.isNotEqualTo(rejected);
		}
	}

	@Test
	void productsOfOneFamilyStartFromDifferentDirections() {
		List<Direction> catalogue = new DirectionCatalogue().forCategory("数码/耳机");
		Set<String> first = new java.util.HashSet<>();
		for (int offset = 0; offset < 6; offset++) {
			first.add(ConceptPlanning.nextDirection(catalogue, SCENARIO, Map.of(), null, offset).id());
		}
		assertThat(first).hasSize(6);
	}

	@Test
	void tenSkusOfOneProductSpreadOverTheDirectionsOfAnAngle() {
		List<Direction> catalogue = new DirectionCatalogue().forCategory("数码/耳机");
		Set<String> first = new java.util.HashSet<>();
		for (int sku = 1; sku <= 10; sku++) {
			first.add(ConceptPlanning
				.nextDirection(catalogue, SCENARIO, Map.of(), null, ConceptPlanning.offset("AUD-1001-" + sku))
				.id());
		}
		assertThat(first).hasSizeGreaterThanOrEqualTo(5);
	}

}
