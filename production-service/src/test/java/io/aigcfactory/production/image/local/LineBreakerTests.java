package io.aigcfactory.production.image.local;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTests {

	private static final float SIZE = 20;

	private final CjkFonts fonts = CjkFonts.bundled();

	@Test
	void chineseWrapsBetweenAnyTwoCharacters() {
		ShapedText text = this.fonts.shape("一二三四五六七八九十", false);

		assertThat(lines(text, 4.5f)).containsExactly("一二三四", "五六七八", "九十");
	}

	@Test
	void punctuationNeverStartsALineAndOpeningMarksNeverEndOne() {
		ShapedText text = this.fonts.shape("好物推荐，限时特惠！「明前头采」豆香浓郁……送礼自饮两相宜。（礼盒装）每日限量，先到先得？是的：今天。", true);
		for (float characters = 3; characters <= 20; characters += 0.5f) {
			List<String> lines = lines(text, characters);
			assertThat(String.join("", lines)).isEqualTo(text.text());
			for (String line : lines.subList(1, lines.size())) {
				assertThat("，。！？、；：」）…").as("%s at %s characters", lines, characters)
					.doesNotContain(line.substring(0, 1));
			}
			for (String line : lines) {
				assertThat("「（").as("%s at %s characters", lines, characters)
					.doesNotContain(line.substring(line.length() - 1));
			}
		}
	}

	@Test
	void latinWordsAndNumbersStayWhole() {
		ShapedText text = this.fonts.shape("深度降噪40dB续航长达30小时Air Pro版本价格¥29.90", false);
		for (float characters = 5; characters <= 12; characters += 0.5f) {
			List<String> lines = lines(text, characters);
			assertThat(lines).as("at %s characters", characters)
				.noneMatch((line) -> line.endsWith("4") || line.endsWith("40d") || line.startsWith("B")
						|| line.endsWith("29.") || line.endsWith("¥") || line.startsWith("ro"));
		}
	}

	@Test
	void spacesBetweenWordsAreWhereLatinBreaks() {
		ShapedText text = this.fonts.shape("Noise cancelling earbuds with all day battery", false);

		List<String> lines = lines(text, 9);

		assertThat(lines).allSatisfy((line) -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
		assertThat(String.join(" ", lines)).isEqualTo(text.text());
	}

	@Test
	void aWordWiderThanTheLineIsBrokenRatherThanLost() {
		ShapedText text = this.fonts.shape("Supercalifragilisticexpialidocious", false);

		List<String> lines = lines(text, 3);

		assertThat(String.join("", lines)).isEqualTo(text.text());
		assertThat(LineBreaker.wrap(text, SIZE, SIZE * 3))
			.allSatisfy((line) -> assertThat(line.width()).isLessThanOrEqualTo(SIZE * 3));
	}

	/** The lines of text wrapped to a width of so many hanzi. */
	private static List<String> lines(ShapedText text, float characters) {
		return LineBreaker.wrap(text, SIZE, SIZE * characters)
			.stream()
			.map((line) -> text.text().substring(line.start(), line.end()))
			.toList();
	}

}
