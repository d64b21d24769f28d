package io.aigcfactory.inspection.compliance;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.Transliterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTests {

	private static final Lexicon lexicon = Lexicon.fromClasspath();

	private final TextNormaliser normaliser = new TextNormaliser(lexicon.characterMap(), lexicon.readings());

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
			嘬好               | 最好
			銷量🥇             | 销量第一
			💯有效             | 百分百有效
			耳机界👑           | 耳机界之王
			zuì 佳             | zui佳
			ZUÌ JIĀ           | zuijia
			ΤОΡ1              | top1
			乾燥               | 干燥
			第一 ❤️ 品牌        | 第一品牌
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
	void foldsTraditionalCharactersThroughIcuWithoutATable() {
		assertThat(new TextNormaliser(Map.of(), Map.of()).fold("國家級絕對優惠")).isEqualTo("国家级绝对优惠");
	}

	@Test
	void keepsEveryLexiconCharacterThroughTheTraditionalRoundTrip() {
		Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
		Set<String> broken = new TreeSet<>();
		lexicon.entries().stream().map(LexiconEntry::term).flatMapToInt(String::codePoints).distinct().forEach((c) -> {
			String character = Character.toString(c);
			String folded = this.normaliser.fold(character);
			if (ChineseScripts.ideograph(c) && (!folded.equals(character)
					|| !this.normaliser.fold(toTraditional.transliterate(character)).equals(character))) {
				broken.add(character + "→" + toTraditional.transliterate(character) + "→" + folded);
			}
		});
		assertThat(broken).isEmpty();
	}

	@Test
	void mapsAnEmojiReadingBackToTheEmoji() {
		NormalisedText text = this.normaliser.normalise("销量🥇！");

		assertThat(text.text()).isEqualTo("销量第一");
		assertThat(text.originalOf(2, 4)).isEqualTo("🥇");
	}

}
