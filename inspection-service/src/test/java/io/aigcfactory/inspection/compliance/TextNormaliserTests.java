package io.aigcfactory.inspection.compliance;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTests {

	private final TextNormaliser normaliser = new TextNormaliser(Lexicon.fromClasspath().characterMap());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ＮＯ．１           | no1
			No. 1             | no1
			ＴＯＰ１          | top1
			１００％           | 100%
			100 %             | 100%
			最 佳              | 最佳
			最*佳              | 最佳
			最.佳              | 最佳
			最\u200b佳         | 最佳
			最🔥佳             | 最佳
			國家級             | 国家级
			頂級               | 顶级
			絕對               | 绝对
			萬能               | 万能
			第壹               | 第一
			冣佳               | 最佳
			ΝΟ.1              | no1
			第①                | 第1
			""")
	void foldsEvasiveSpellings(String written, String folded) {
		assertThat(this.normaliser.fold(written)).isEqualTo(folded);
	}

	@Test
	void mapsEveryNormalisedCharacterBackToItsOriginal() {
		NormalisedText text = this.normaliser.normalise("买它！最 * 佳 选择");

		int at = text.text().indexOf("最佳");
		assertThat(text.originalOf(at, at + 2)).isEqualTo("最 * 佳");
	}

	@Test
	void mapsFullWidthAndSurrogatePairsBackToTheirOriginalCharacters() {
		NormalisedText text = this.normaliser.normalise("𠀀ＮＯ．１");

		assertThat(text.text()).isEqualTo("𠀀no1");
		assertThat(text.originalOf(2, 5)).isEqualTo("ＮＯ．１");
		assertThat(text.originalOf(0, 2)).isEqualTo("𠀀");
	}

	@Test
	void leavesPlainSimplifiedTextAlone() {
		assertThat(this.normaliser.fold("降噪耳机续航30小时")).isEqualTo("降噪耳机续航30小时");
	}

	@Test
	void usesOnlyTheCharacterMapItIsGiven() {
		assertThat(new TextNormaliser(Map.of()).fold("國家級")).isEqualTo("國家級");
	}

}
