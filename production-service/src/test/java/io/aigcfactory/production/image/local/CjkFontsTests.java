package io.aigcfactory.production.image.local;

import java.awt.Font;
import java.nio.charset.Charset;
import java.util.List;

import io.aigcfactory.production.image.UnrenderableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assumptions.assumeThat;

class CjkFontsTests {

	private static final Font REGULAR = CjkFonts.load("/fonts/NotoSansSC-Regular.otf");

	private static final Font BOLD = CjkFonts.load("/fonts/NotoSansSC-Bold.otf");

	/**
	 * Copy as the creative service writes it, with the punctuation, units and names it
	 * uses.
	 */
	private static final List<String> COPY = List.of("降噪黑科技，通勤更安静", "40dB深度降噪，地铁里也能安静听歌；单次续航8小时。",
			"「明前头采」豆香浓郁——送礼自饮两相宜！", "国AA级照度·无可视频闪 3000K~6500K", "限时直降¥50，到手仅需￥249.90", "双层加厚羊羔绒 150×200cm（可机洗）",
			"喆堃犇淼昇珺：通用规范汉字表里的名字用字", "瑞士机芯™ 50米防水 100% 纯棉 ℃ …", "Café € 49 «Premium» ① ② ③");

	@Test
	void theBundledFontsDrawRealisticCopy() {
		for (String copy : COPY) {
			assertThat(REGULAR.canDisplayUpTo(copy)).as("regular: %s", copy).isEqualTo(-1);
			assertThat(BOLD.canDisplayUpTo(copy)).as("bold: %s", copy).isEqualTo(-1);
		}
	}

	@Test
	void theBundledFontsDrawEveryHanziOfGb2312() {
		Charset gb2312 = Charset.forName("GB2312");
		StringBuilder hanzi = new StringBuilder();
		for (int row = 0xB0; row <= 0xF7; row++) {
			for (int cell = 0xA1; cell <= 0xFE; cell++) {
				String decoded = new String(new byte[] { (byte) row, (byte) cell }, gb2312);
				if (Character.UnicodeScript.of(decoded.codePointAt(0)) == Character.UnicodeScript.HAN) {
					hanzi.append(decoded);
				}
			}
		}
		assertThat(hanzi.codePoints().count()).isEqualTo(6763);
		assertThat(REGULAR.canDisplayUpTo(hanzi.toString())).isEqualTo(-1);
		assertThat(BOLD.canDisplayUpTo(hanzi.toString())).isEqualTo(-1);
	}

	@Test
	void chineseCopyIsShapedInTheBundledFontAlone() {
		CjkFonts fonts = CjkFonts.bundled();
		for (String copy : COPY) {
			ShapedText shaped = fonts.shape(copy, true);
			assertThat(shaped.fonts()).singleElement()
				.satisfies((font) -> assertThat(font.getFontName()).isEqualTo("Noto Sans CJK SC Bold"));
			assertThat(shaped.fonts().getFirst().canDisplayUpTo(shaped.text())).isEqualTo(-1);
		}
	}

	@Test
	void charactersTheFirstFontLacksComeFromTheNext() {
		Font latinOnly = new Font(Font.DIALOG, Font.PLAIN, 1);
		assumeThat(latinOnly.canDisplay('降')).as("Dialog draws hanzi here").isFalse();
		CjkFonts fonts = new CjkFonts(latinOnly, latinOnly, () -> List.of(REGULAR));

		ShapedText shaped = fonts.shape("Air Pro 降噪", false);

		assertThat(shaped.fonts()).extracting(Font::getFamily).containsExactly(Font.DIALOG, "Noto Sans CJK SC");
		assertThat(shaped.width(20)).isPositive();
	}

	@Test
	void textNoFontHasIsRefusedWithItsCharactersNamed() {
		CjkFonts fonts = new CjkFonts(REGULAR, BOLD, List::of);
		String text = "好物" + Character.toString(0x20000) + "推荐" + Character.toString(0x2A6A5);

		assertThat(fonts.undrawable(text)).isEqualTo("𠀀 (U+20000), 𪚥 (U+2A6A5)");
		assertThatExceptionOfType(UnrenderableText.class).isThrownBy(() -> fonts.shape(text, true))
			.withMessageContaining("𠀀 (U+20000), 𪚥 (U+2A6A5)");
	}

	@Test
	void whiteSpaceCollapsesAndInvisibleCharactersGo() {
		assertThat(CjkFonts.clean("  限时\n\t特惠\u3000 好物\u200d推荐\ufe0f ")).isEqualTo("限时 特惠 好物推荐");
	}

	@Test
	void widthsScaleWithTheFontSizeAsJavaMeasuresThem() {
		String text = "降噪耳机 Air Pro 40dB，¥299";
		ShapedText shaped = CjkFonts.bundled().shape(text, true);
		for (float size : new float[] { 13, 27.5f, 64, 111 }) {
			double measured = BOLD.deriveFont(size).getStringBounds(text, ShapedText.RENDER_CONTEXT).getWidth();
			assertThat((double) shaped.width(size)).isCloseTo(measured, offset(0.01));
		}
	}

}
