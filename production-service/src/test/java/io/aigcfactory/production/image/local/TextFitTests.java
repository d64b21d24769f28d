package io.aigcfactory.production.image.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFitTests {

	private final CjkFonts fonts = CjkFonts.bundled();

	@Test
	void shortTextIsSetAtTheLargestSize() {
		TextBlock block = new TextFit(400, 200, 60, 30, 2, 1.2f, true, false).set(this.fonts.shape("安静", true));

		assertThat(block).isNotNull();
		assertThat(block.size()).isEqualTo(60);
		assertThat(block.lines()).hasSize(1);
	}

	@Test
	void longerTextShrinksUntilItFits() {
		TextBlock block = new TextFit(400, 150, 60, 30, 2, 1.2f, true, false)
			.set(this.fonts.shape("降噪黑科技，通勤更安静好好听歌", true));

		assertThat(block).isNotNull();
		assertThat(block.size()).isLessThan(60).isGreaterThanOrEqualTo(30);
		assertThat(block.lines()).hasSize(2);
		assertThat(block.height()).isLessThanOrEqualTo(150);
		assertThat(block.lines()).allSatisfy((line) -> assertThat(line.width()).isLessThanOrEqualTo(400));
	}

	@Test
	void linesAreBalancedRatherThanEndingInALoneCharacter() {
		// Seven hanzi in a box six wide: greedy filling would leave one on the second
		// line.
		TextBlock block = new TextFit(60 * 6.5f, 200, 60, 60, 2, 1.2f, true, false)
			.set(this.fonts.shape("照亮专注的夜晚呀", true));

		assertThat(block).isNotNull();
		assertThat(block.lines()).extracting((line) -> line.end() - line.start()).containsExactly(4, 4);
	}

	@Test
	void textThatCannotFitIsCutWithAnEllipsisOrRefused() {
		ShapedText text = this.fonts.shape("立即抢购享受会员专属优惠价格，数量有限先到先得", true);

		TextBlock cut = TextFit.line(200, 30, 20).set(text);
		TextBlock refused = new TextFit(200, 40, 30, 20, 1, 1.2f, false, false).set(text);

		assertThat(cut).isNotNull();
		assertThat(cut.lines()).singleElement().satisfies((line) -> {
			assertThat(line.ellipsis()).isTrue();
			assertThat(line.width()).isLessThanOrEqualTo(200);
			assertThat(text.text().codePointBefore(line.end())).matches(Character::isLetterOrDigit);
		});
		assertThat(refused).isNull();
	}

}
