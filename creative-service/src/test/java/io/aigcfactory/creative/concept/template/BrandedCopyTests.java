package io.aigcfactory.creative.concept.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The template writer keeping to a brand kit: banned words, required phrases, voice. */
class BrandedCopyTests {

	private static final TemplateConceptWriter writer = new TemplateConceptWriter();

	static List<Product> realistic() {
		return Products.realistic();
	}

	private static BrandKit kit(Product product, List<String> voice, List<String> banned, List<String> required) {
		return new BrandKit(product.brand(), List.of("#C8102E"), null, voice, banned, required);
	}

	private static List<Copy> everyAngleAndVariation(Product product, BrandKit kit) {
		List<Copy> copies = new ArrayList<>();
		for (Angle angle : Angle.values()) {
			for (int variation = 0; variation < 4; variation++) {
				copies.add(
						writer
							.write(new ConceptBrief("acme", null, product, Direction.of(angle, variation), variation,
									Set.of(), kit))
							.copy());
			}
		}
		return copies;
	}

	@ParameterizedTest
	@MethodSource("realistic")
	void neverWritesABannedWordAndLeavesOutTheFactsThatHoldOne(Product product) {
		String fact = product.sellingPoints().get(0);
		String bannedFromFact = fact.substring(0, 2);
		List<String> banned = List.of(bannedFromFact, "立即", "好物", "轻松");
		List<Copy> copies = everyAngleAndVariation(product, kit(product, List.of(), banned, List.of()));
		assertThat(copies).allSatisfy((copy) -> {
			String text = copy.fullText().replace(product.brand(), "");
			for (String word : banned) {
				assertThat(text).as("banned '%s'", word).doesNotContain(word);
			}
			assertThat(copy.fullText()).doesNotContain(fact);
		});
	}

	@ParameterizedTest
	@MethodSource("realistic")
	void carriesEveryRequiredPhraseWithinTheLimits(Product product) {
		List<String> required = List.of(product.brand() + "，陪你每一天", "官方正品", "顺丰包邮");
		List<Copy> copies = everyAngleAndVariation(product, kit(product, List.of(), List.of(), required));
		assertThat(copies).allSatisfy((copy) -> {
			for (String phrase : required) {
				assertThat(copy.fullText()).contains(phrase);
			}
			assertThat(CopyFitting.length(copy.headline())).isLessThanOrEqualTo(TemplateConceptWriter.HEADLINE_LIMIT);
			assertThat(CopyFitting.length(copy.body())).isLessThanOrEqualTo(TemplateConceptWriter.BODY_LIMIT);
			assertThat(CopyFitting.length(copy.callToAction())).isLessThanOrEqualTo(TemplateConceptWriter.CALL_LIMIT);
			assertThat(copy.body()).endsWith("。");
		});
	}

	@Test
	void placesPhrasesInOrderAndDropsTheSameOnesEveryTime() {
		List<String> phrases = List.of("一二三四五六七八九十一二三四五六七八九十", "甲乙丙丁戊己庚辛壬癸甲乙丙丁", "官方正品", "短句", "这一句太长了放不进正文也放不进按钮");
		RequiredPhrases placed = RequiredPhrases.place(phrases, 60, 8);
		assertThat(placed.body()).containsExactly("一二三四五六七八九十一二三四五六七八九十", "甲乙丙丁戊己庚辛壬癸甲乙丙丁", "短句");
		assertThat(placed.call()).isEqualTo("官方正品");
		assertThat(placed.dropped()).containsExactly("这一句太长了放不进正文也放不进按钮");
		assertThat(placed.bodyLimit()).isGreaterThanOrEqualTo(RequiredPhrases.MIN_OWN_BODY);
		assertThat(RequiredPhrases.place(phrases, 60, 8)).isEqualTo(placed);
		assertThat(placed.appendTo("正文。")).isEqualTo("正文。一二三四五六七八九十一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸甲乙丙丁。短句。");
	}

	@Test
	void prefersTheCallsTaggedWithTheBrandsVoice() {
		TemplateBook book = TemplateBook.fromClasspath();
		assertThat(book.tonesOf(List.of("亲切"))).containsExactly("温暖");
		assertThat(book.tonesOf(List.of("不相干"))).isEmpty();
		Product product = Products.PILLOW;
		for (int variation = 0; variation < 4; variation++) {
			Copy warm = writer
				.write(new ConceptBrief("acme", null, product, Direction.of(Angle.EMOTION, variation), variation,
						Set.of(), kit(product, List.of("温暖"), List.of(), List.of())))
				.copy();
			assertThat(warm.callToAction()).isIn("宠爱自己", "开启好心情");
		}
	}

	@Test
	void fallsBackToTheOtherTemplatesWhenTheBannedWordsRuleOutTheVoicesOwn() {
		Product product = Products.PILLOW;
		BrandKit kit = kit(product, List.of("温暖"), List.of("宠爱", "心情"), List.of());
		for (int variation = 0; variation < 4; variation++) {
			Copy copy = writer
				.write(new ConceptBrief("acme", null, product, Direction.of(Angle.EMOTION, variation), variation,
						Set.of(), kit))
				.copy();
			assertThat(copy.callToAction()).isNotBlank().doesNotContain("宠爱", "心情");
		}
	}

	@Test
	void writesTheSameCopyWithoutAKitAsBefore() {
		Product product = Products.EARBUDS;
		ConceptBrief plain = new ConceptBrief(product, Angle.FUNCTION, 1, Set.of());
		ConceptBrief emptyKit = new ConceptBrief("default", null, product, plain.direction(), 1, Set.of(),
				new BrandKit(product.brand(), List.of(), null, List.of(), List.of(), List.of()));
		assertThat(writer.write(emptyKit).copy()).isEqualTo(writer.write(plain).copy());
	}

}
