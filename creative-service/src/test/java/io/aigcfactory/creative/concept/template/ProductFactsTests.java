package io.aigcfactory.creative.concept.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.aigcfactory.events.Product;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductFactsTests {

	private static final RestrictedTerms restricted = RestrictedTerms.fromClasspath();

	private static Product product(String title, String category, List<String> points, String audience) {
		return new Product("SKU-1", title, "声悦", category, new BigDecimal("299.00"), points, audience, null);
	}

	@Test
	void namesTheProductAsTheTitleDoesAroundTheCategoryWord() {
		ProductFacts facts = ProductFacts.of(product("声悦 Pro2 真无线蓝牙耳机 主动降噪", "数码/耳机", List.of("主动降噪"), "学生党"),
				restricted);

		assertThat(facts.noun()).containsExactly("真无线蓝牙耳机", "耳机");
		assertThat(facts.name()).containsExactly("声悦真无线蓝牙耳机", "真无线蓝牙耳机", "声悦耳机", "耳机");
	}

	@Test
	void fallsBackToTheCategoryWordWhenTheTitleLacksIt() {
		ProductFacts facts = ProductFacts.of(product("声悦 Pro2 主动降噪", "数码/耳机", List.of("主动降噪"), "学生党"), restricted);

		assertThat(facts.noun()).containsExactly("耳机");
	}

	@Test
	void leavesOutATitleWordWithAnAbsoluteTerm() {
		ProductFacts facts = ProductFacts.of(product("【旗舰】声悦 顶级降噪耳机", "数码/耳机", List.of("主动降噪"), "学生党"), restricted);

		assertThat(facts.noun()).containsExactly("耳机");
	}

	@Test
	void writesThePriceInYuanWithoutTrailingZeros() {
		assertThat(ProductFacts.of(product("声悦 耳机", "数码/耳机", List.of("降噪"), "学生党"), restricted).price())
			.isEqualTo("¥299");
		Product nuts = new Product("SKU-2", "每日坚果", "山果记", "食品/坚果", new BigDecimal("89.90"), List.of("低温烘焙"), "上班族",
				null);
		assertThat(ProductFacts.of(nuts, restricted).price()).isEqualTo("¥89.9");
	}

	@Test
	void leavesOutSellingPointsWithRestrictedOrAvoidedTerms() {
		Product product = product("声悦 耳机", "数码/耳机", List.of("全网销量第一", "主动降噪", "30小时续航", "顶级音质"), "学生党");

		assertThat(ProductFacts.of(product, restricted).points()).extracting((forms) -> forms.get(0))
			.containsExactly("主动降噪", "30小时续航");
		assertThat(ProductFacts.of(product, restricted.and(Set.of("续航"))).points()).extracting((forms) -> forms.get(0))
			.containsExactly("主动降噪");
	}

	@Test
	void addsTheDescriptionClausesAfterTheSellingPoints() {
		Product product = new Product("SKU-3", "清研 面霜", "清研", "美妆/面霜", BigDecimal.TEN, List.of("玻尿酸保湿"), "干皮女性",
				"温和配方，早晚可用。最好的选择！");

		assertThat(ProductFacts.of(product, restricted).points()).extracting((forms) -> forms.get(0))
			.containsExactly("玻尿酸保湿", "温和配方", "早晚可用");
	}

	@Test
	void shortensALongSellingPointToItsFirstClause() {
		List<String> forms = ProductFacts.phrase("1.5L容量适合1到2人使用，煮面炒菜涮火锅都可以", 12);

		assertThat(forms).allSatisfy((form) -> assertThat(CopyFitting.length(form)).isLessThanOrEqualTo(12));
		assertThat(forms.get(0)).startsWith("1.5L容量");
	}

	@Test
	void addressesTheAudienceWithoutItsAgeRange() {
		assertThat(ProductFacts.of(product("声悦 耳机", "数码/耳机", List.of("降噪"), "25-35岁干皮女性"), restricted).audience())
			.containsExactly("干皮女性");
	}

	@Test
	void addressesTheReaderWhenTheAudienceIsRestricted() {
		ProductFacts facts = ProductFacts.of(product("声悦 耳机", "数码/耳机", List.of("降噪"), "最懂音乐的你"), restricted);

		assertThat(facts.namesAudience()).isFalse();
	}

}
