package io.aigcfactory.creative.concept.template;

import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.Angle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateResourcesTests {

	private static final TemplateBook book = TemplateBook.fromClasspath();

	private static final List<CategoryKit> kits = CategoryKit.fromClasspath();

	@Test
	void givesEveryAngleEightHeadlinesEightBodiesAndFourCalls() {
		for (Angle angle : Angle.values()) {
			TemplateBook.AngleTemplates templates = book.forAngle(angle);
			assertThat(templates.headlines()).as("%s", angle).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
			assertThat(templates.bodies()).as("%s", angle).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
			assertThat(templates.calls()).as("%s", angle)
				.hasSizeGreaterThanOrEqualTo(4)
				.allSatisfy((call) -> assertThat(CopyFitting.length(call)).isLessThanOrEqualTo(8));
		}
	}

	@Test
	void writesNoRestrictedTermInAnyTemplateOrCategoryWord() {
		RestrictedTerms restricted = RestrictedTerms.fromClasspath();
		assertThat(words()).allSatisfy((word) -> {
			assertThat(restricted.foundIn(word)).as(word).isFalse();
			assertThat(Products.FORBIDDEN).as(word)
				.noneMatch((term) -> Products.folded(word).contains(Products.folded(term)));
		});
	}

	@Test
	void keepsTheCategoryWordsShortEnoughForAHeadline() {
		assertThat(kits).allSatisfy(
				(kit) -> assertThat(List.of(kit.scenes(), kit.occasions(), kit.vibes(), kit.crafts(), kit.feelings()))
					.allSatisfy((words) -> assertThat(words)
						.allSatisfy((word) -> assertThat(CopyFitting.length(word)).isBetween(2, 6))));
	}

	@Test
	void putsACategoryIntoTheFirstKitThatNamesIt() {
		assertThat(CategoryKit.forCategory(kits, "母婴/童装").name()).isEqualTo("母婴");
		assertThat(CategoryKit.forCategory(kits, "运动户外/跑步鞋").name()).isEqualTo("运动户外");
		assertThat(CategoryKit.forCategory(kits, "宠物/猫粮").name()).isEqualTo("宠物");
		assertThat(CategoryKit.forCategory(kits, "个护/电动牙刷").name()).isEqualTo("美妆个护");
		assertThat(CategoryKit.forCategory(kits, "服饰/围巾").name()).isEqualTo("服饰");
		assertThat(CategoryKit.forCategory(kits, "汽车用品/车载香薰").name()).isEqualTo("通用");
	}

	@Test
	void givesEveryHookOfTheDirectionsShortOpeningsAndSeveralHeadlines() {
		List<String> hooks = new ArrayList<>();
		boolean inHooks = false;
		for (String line : io.aigcfactory.creative.concept.ConceptResources.lines("directions.txt")) {
			if (line.startsWith("[")) {
				inHooks = line.equals("[hooks]");
			}
			else if (inHooks) {
				hooks.add(line.split("=", 2)[0].strip());
			}
		}
		assertThat(hooks).hasSizeGreaterThanOrEqualTo(6);
		assertThat(book.hooks()).containsAll(hooks);
		for (String hook : hooks) {
			TemplateBook.HookTemplates templates = book.forHook(hook);
			assertThat(templates.headlines()).as(hook).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
			assertThat(templates.openings()).as(hook)
				.hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy((opening) -> assertThat(CopyFitting.length(opening.replaceAll("\\{[a-z0-9]+}", "")))
					.isLessThanOrEqualTo(10));
		}
	}

	@Test
	void findsTheSlotsOfATemplate() {
		assertThat(TemplateBook.slotsOf("{scene}，有{name}在")).containsExactly("scene", "name");
	}

	private static List<String> words() {
		List<String> words = new ArrayList<>();
		for (Angle angle : Angle.values()) {
			TemplateBook.AngleTemplates templates = book.forAngle(angle);
			for (List<String> group : List.of(templates.headlines(), templates.bodies(), templates.calls())) {
				group.forEach((template) -> words.add(template.replaceAll("\\{[a-z0-9]+}", "｜")));
			}
		}
		for (String hook : book.hooks()) {
			TemplateBook.HookTemplates templates = book.forHook(hook);
			for (List<String> group : List.of(templates.headlines(), templates.openings())) {
				group.forEach((template) -> words.add(template.replaceAll("\\{[a-z0-9]+}", "｜")));
			}
		}
		for (CategoryKit kit : kits) {
			for (List<String> group : List.of(kit.scenes(), kit.occasions(), kit.vibes(), kit.crafts(),
					kit.feelings())) {
				words.addAll(group);
			}
		}
		return words;
	}

}
