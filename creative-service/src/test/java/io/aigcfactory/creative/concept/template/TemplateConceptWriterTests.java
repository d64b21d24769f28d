package io.aigcfactory.creative.concept.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateConceptWriterTests {

	private static final TemplateConceptWriter writer = new TemplateConceptWriter();

	private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	static List<Product> all() {
		return Products.all();
	}

	static List<Product> realistic() {
		return Products.realistic();
	}

	private static Copy write(Product product, Angle angle, int variation, Set<String> avoid) {
		return writer.write(new ConceptBrief(product, angle, variation, avoid)).copy();
	}

	private static List<Copy> everyAngleAndVariation(Product product, Set<String> avoid) {
		List<Copy> copies = new ArrayList<>();
		for (Angle angle : Angle.values()) {
			for (int variation = 0; variation < 4; variation++) {
				copies.add(write(product, angle, variation, avoid));
			}
		}
		return copies;
	}

	@ParameterizedTest
	@MethodSource("all")
	void keepsEveryCopyWithinThePlatformLimits(Product product) {
		assertThat(everyAngleAndVariation(product, Set.of())).allSatisfy((copy) -> {
			assertThat(copy.headline()).isNotBlank();
			assertThat(CopyFitting.length(copy.headline())).isLessThanOrEqualTo(18);
			assertThat(CopyFitting.length(copy.body())).isBetween(8, 60);
			assertThat(copy.body()).endsWith("。");
			assertThat(CopyFitting.length(copy.callToAction())).isBetween(2, 8);
			assertThat(copy.highlights()).hasSizeBetween(2, 3).doesNotHaveDuplicates().allSatisfy((highlight) -> {
				assertThat(highlight).isNotBlank();
				assertThat(CopyFitting.length(highlight)).isLessThanOrEqualTo(12);
			});
		});
	}

	@ParameterizedTest
	@MethodSource("all")
	void namesAProductFactInEveryBodyAndBuildsHighlightsFromFacts(Product product) {
		String facts = String.join(" ", product.title(), product.brand(), product.category(), product.audience(),
				String.join(" ", product.sellingPoints()), String.valueOf(product.description()),
				"¥" + product.price().stripTrailingZeros().toPlainString());
		assertThat(everyAngleAndVariation(product, Set.of())).allSatisfy((copy) -> {
			assertThat(copy.body().contains(product.brand()) || sharesAPhrase(copy.body(), facts)).as(copy.body())
				.isTrue();
			assertThat(copy.highlights())
				.allSatisfy((highlight) -> assertThat(sharesAPhrase(highlight, facts)).isTrue());
		});
	}

	/** Whether the texts share three characters in a row: a fact, not a template word. */
	private static boolean sharesAPhrase(String text, String facts) {
		return IntStream.rangeClosed(0, text.length() - 3)
			.mapToObj((i) -> text.substring(i, i + 3))
			.anyMatch((phrase) -> !phrase.contains("，") && facts.contains(phrase));
	}

	@ParameterizedTest
	@MethodSource("realistic")
	void writesAnotherHeadlineAndBodyForEachOfEightVariations(Product product) {
		for (Angle angle : Angle.values()) {
			List<Copy> copies = IntStream.range(0, 8).mapToObj((v) -> write(product, angle, v, Set.of())).toList();
			assertThat(copies).extracting(Copy::headline).as("%s headlines", angle).doesNotHaveDuplicates();
			assertThat(copies).extracting(Copy::body).as("%s bodies", angle).doesNotHaveDuplicates();
		}
	}

	@ParameterizedTest
	@MethodSource("realistic")
	void writesEachAngleInItsOwnWords(Product product) {
		for (int variation = 0; variation < 4; variation++) {
			int v = variation;
			List<Copy> copies = List.of(Angle.values())
				.stream()
				.map((angle) -> write(product, angle, v, Set.of()))
				.toList();
			assertThat(copies).extracting(Copy::headline).doesNotHaveDuplicates();
			assertThat(copies).extracting(Copy::body).doesNotHaveDuplicates();
			for (int i = 0; i < copies.size(); i++) {
				for (int j = i + 1; j < copies.size(); j++) {
					assertThat(bigramOverlap(copies.get(i).fullText(), copies.get(j).fullText()))
						.as("%s vs %s", copies.get(i).fullText(), copies.get(j).fullText())
						.isLessThan(0.5);
				}
			}
		}
	}

	/**
	 * Jaccard overlap of character bigrams: a cheap, model-free stand-in for near
	 * duplicates.
	 */
	private static double bigramOverlap(String a, String b) {
		Set<String> left = bigrams(a);
		Set<String> right = bigrams(b);
		Set<String> both = new HashSet<>(left);
		both.retainAll(right);
		Set<String> either = new HashSet<>(left);
		either.addAll(right);
		return (double) both.size() / either.size();
	}

	private static Set<String> bigrams(String text) {
		String plain = text.replaceAll("[\\s，。：、！？｜]", "");
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 2 <= plain.length(); i++) {
			bigrams.add(plain.substring(i, i + 2));
		}
		return bigrams;
	}

	@Test
	void writesTheSameCopyForTheSameBrief() {
		TemplateConceptWriter another = new TemplateConceptWriter();
		for (Angle angle : Angle.values()) {
			ConceptBrief brief = new ConceptBrief(Products.CREAM, angle, 5, Set.of("黏腻"));
			assertThat(another.write(brief)).isEqualTo(writer.write(brief));
		}
	}

	@ParameterizedTest
	@MethodSource("all")
	void neverWritesAnAbsoluteTerm(Product product) {
		assertThat(everyAngleAndVariation(product, Set.of())).allSatisfy((copy) -> {
			String text = Products.folded(copy.fullText());
			assertThat(Products.FORBIDDEN).noneMatch((term) -> text.contains(Products.folded(term)));
		});
	}

	@Test
	void stillUsesTheCleanFactsOfABoastfulListing() {
		String all = everyAngleAndVariation(Products.BOASTFUL, Set.of()).stream()
			.map(Copy::fullText)
			.reduce("", String::concat);
		assertThat(all).contains("主动降噪", "长续航", "佩戴舒适", "声悦").doesNotContain("旗舰", "纯棉", "人气");
	}

	@Test
	void leavesOutFactsThatContainAnAvoidedTerm() {
		Set<String> avoid = Set.of("降噪", "蓝牙5.3");
		assertThat(everyAngleAndVariation(Products.EARBUDS, avoid)).allSatisfy((copy) -> {
			assertThat(copy.fullText()).doesNotContain("降噪", "蓝牙5.3");
			assertThat(copy.highlights()).hasSizeGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void matchesAvoidedTermsWhateverTheirWidthOrCase() {
		assertThat(everyAngleAndVariation(Products.CAMP_CHAIR, Set.of("１.２ＫＧ")))
			.allSatisfy((copy) -> assertThat(copy.fullText()).doesNotContain("1.2kg"));
	}

	@ParameterizedTest
	@MethodSource("all")
	void neverCutsANumberShort(Product product) {
		String facts = String.join(" ", product.title(), String.join(" ", product.sellingPoints()),
				String.valueOf(product.description()), product.audience(), product.price().toPlainString());
		Set<String> factNumbers = numbers(facts);
		factNumbers.add(product.price().stripTrailingZeros().toPlainString());
		assertThat(everyAngleAndVariation(product, Set.of()))
			.allSatisfy((copy) -> assertThat(factNumbers).containsAll(numbers(copy.fullText())));
	}

	private static Set<String> numbers(String text) {
		Set<String> numbers = new HashSet<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			numbers.add(matcher.group());
		}
		return numbers;
	}

	@Test
	void writesFromTheFactsItHasWhenAProductHasFewOfThem() {
		Product sparse = new Product("SKU-12", "简约 保温杯", "简约", "家居/杯子", new java.math.BigDecimal("39"),
				List.of("316不锈钢内胆"), "上班族", null);
		for (Angle angle : Angle.values()) {
			Copy copy = write(sparse, angle, 0, Set.of());
			assertThat(copy.highlights()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(copy.fullText()).doesNotContain("{");
		}
	}

	@Test
	void pricesItsPriceAngleInYuan() {
		assertThat(write(Products.NUTS, Angle.PRICE, 0, Set.of()).fullText()).contains("¥89.9");
		assertThat(write(Products.NUTS, Angle.PRICE, 0, Set.of()).highlights()).contains("到手价¥89.9");
	}

	@Test
	void speaksToTheAudienceInItsAudienceAngle() {
		assertThat(write(Products.SCARF, Angle.AUDIENCE, 0, Set.of()).fullText()).contains("怕冷的上班族");
	}

	@Test
	void keepsABrandThatHappensToContainARestrictedTerm() {
		Product candy = new Product("SKU-13", "至尊坊 手工牛轧糖 500g", "至尊坊", "食品/糖果", new java.math.BigDecimal("45"),
				List.of("手工熬制", "奶香浓郁", "独立包装"), "爱吃甜食的人", null);
		for (Angle angle : Angle.values()) {
			List<Copy> copies = IntStream.range(0, 8).mapToObj((v) -> write(candy, angle, v, Set.of())).toList();
			assertThat(copies).extracting(Copy::body).doesNotHaveDuplicates();
			assertThat(copies).allSatisfy((copy) -> {
				String outsideBrand = Products.folded(copy.fullText().replace("至尊坊", "｜"));
				assertThat(Products.FORBIDDEN).noneMatch((term) -> outsideBrand.contains(Products.folded(term)));
			});
		}
	}

	private static List<Copy> everyHook(Product product, Angle angle, int variation) {
		List<Copy> copies = new ArrayList<>();
		for (String hook : TemplateBook.fromClasspath().hooks()) {
			Direction direction = new Direction(angle.name().toLowerCase() + ".fresh." + hook, angle, "fresh",
					"以" + hook);
			copies.add(
					writer.write(new ConceptBrief("acme", null, product, direction, variation, Set.of(), null)).copy());
		}
		return copies;
	}

	@ParameterizedTest
	@MethodSource("all")
	void writesEveryHookWithinTheLimitsAndWithoutAnAbsoluteTerm(Product product) {
		for (Angle angle : Angle.values()) {
			assertThat(everyHook(product, angle, 1)).allSatisfy((copy) -> {
				assertThat(CopyFitting.length(copy.headline())).isBetween(1, 18);
				assertThat(CopyFitting.length(copy.body())).isBetween(8, 60);
				assertThat(copy.body()).endsWith("。");
				String text = Products.folded(copy.fullText());
				assertThat(Products.FORBIDDEN).noneMatch((term) -> text.contains(Products.folded(term)));
			});
		}
	}

	@ParameterizedTest
	@MethodSource("realistic")
	void directionsWithDifferentHooksReadDifferently(Product product) {
		List<Copy> copies = everyHook(product, Angle.SCENARIO, 0);
		assertThat(copies).hasSizeGreaterThanOrEqualTo(6);
		assertThat(copies).extracting(Copy::headline).doesNotHaveDuplicates();
		assertThat(copies).extracting((copy) -> copy.body().substring(0, 4)).doesNotHaveDuplicates();
		Copy plain = write(product, Angle.SCENARIO, 0, Set.of());
		assertThat(copies).extracting(Copy::headline).doesNotContain(plain.headline());
	}

}
