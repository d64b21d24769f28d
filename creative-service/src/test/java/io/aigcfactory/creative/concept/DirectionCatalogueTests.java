package io.aigcfactory.creative.concept;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.aigcfactory.events.Angle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DirectionCatalogueTests {

	private final DirectionCatalogue catalogue = new DirectionCatalogue();

	@Test
	void everyFamilyHasAtLeast24DirectionsWithUniqueIdsAndEveryAngle() {
		assertThat(this.catalogue.familyNames()).contains("数码", "家居", "美妆个护", "食品", "服饰", "母婴", "宠物", "运动户外", "通用");
		for (String family : this.catalogue.familyNames()) {
			List<Direction> directions = this.catalogue.forCategory(sampleCategory(family));
			assertThat(directions).as(family).hasSizeGreaterThanOrEqualTo(24);
			assertThat(directions).extracting(Direction::id).as(family).doesNotHaveDuplicates();
			Set<Angle> angles = directions.stream().map(Direction::angle).collect(Collectors.toSet());
			assertThat(angles).as(family).isEqualTo(EnumSet.allOf(Angle.class));
			assertThat(directions).allSatisfy((direction) -> {
				assertThat(direction.id()).startsWith(direction.angle().name().toLowerCase() + "." + direction.style());
				assertThat(DirectionCatalogue.STYLES).contains(direction.style());
				assertThat(direction.hook()).isNotBlank().startsWith("以");
				assertThat(direction.hookName()).isNotEmpty();
			});
		}
	}

	@Test
	void everyAngleOffersSeveralStylesAndHooks() {
		List<Direction> directions = this.catalogue.forCategory("数码/耳机");
		Map<Angle, List<Direction>> byAngle = directions.stream().collect(Collectors.groupingBy(Direction::angle));
		byAngle.forEach((angle, ofAngle) -> {
			assertThat(ofAngle.stream().map(Direction::style).distinct().count()).as(angle.name()).isGreaterThan(1);
			assertThat(ofAngle.stream().map(Direction::hookName).distinct().count()).as(angle.name())
				.isEqualTo(ofAngle.size());
		});
	}

	@Test
	void catalogueCategoriesFallIntoTheirFamiliesAndUnknownOnesIntoTheFallback() {
		Map<String, String> expected = Map.of("数码/耳机", "数码", "家居/杯具", "家居", "美妆/洁面", "美妆个护", "食品/茶叶", "食品", "母婴/童装",
				"母婴", "宠物/猫粮", "宠物", "运动户外/跑鞋", "运动户外", "箱包/旅行箱", "服饰", "工业/轴承", "通用");
		expected.forEach(
				(category, family) -> assertThat(this.catalogue.familyOf(category)).as(category).isEqualTo(family));
	}

	@Test
	void refusesACatalogueThatGivesAFamilyTooFewDirections() {
		List<String> categories = List.of("[数码]", "match = 数码", "[通用]", "match =");
		List<String> directions = List.of("[hooks]", "question = 以一个提问开头", "[数码]", "FUNCTION = minimal/question",
				"[通用]", "FUNCTION = minimal/question");
		assertThatIllegalStateException().isThrownBy(() -> new DirectionCatalogue(categories, directions))
			.withMessageContaining("fewer than 24");
	}

	@Test
	void refusesAnUnknownHook() {
		List<String> categories = List.of("[通用]", "match =");
		assertThatIllegalStateException()
			.isThrownBy(() -> new DirectionCatalogue(categories,
					List.of("[hooks]", "question = 以一个提问开头", "[通用]", "FUNCTION = minimal/riddle")))
			.withMessageContaining("unknown style or hook");
	}

	private String sampleCategory(String family) {
		Set<String> tried = new HashSet<>();
		for (String candidate : List.of("数码/耳机", "家居/床品", "美妆/彩妆", "食品/零食", "服饰/外套", "母婴/玩具", "宠物/猫砂", "运动/跑步",
				"其他/杂项")) {
			tried.add(candidate);
			if (this.catalogue.familyOf(candidate).equals(family)) {
				return candidate;
			}
		}
		throw new AssertionError("no sample category for " + family + " among " + tried);
	}

}
