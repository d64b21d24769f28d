package io.aigcfactory.glyphs;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphsTests {

	private static final Glyphs BUNDLED_ONLY = new Glyphs(Glyphs.bundled().regular(), Glyphs.bundled().bold(),
			List::of);

	@Test
	void drawsChineseLatinAndDigitsWithTheBundledFontsAlone() {
		assertThat(BUNDLED_ONLY.undrawable("声悦 Pro 主动降噪蓝牙耳机 40dB ¥299")).isEmpty();
	}

	@Test
	void namesEachCharacterNoFontHasOnceInOrder() {
		String text = "好物" + Character.toString(0x20000) + "推荐" + Character.toString(0x2A6A5)
				+ Character.toString(0x20000);
		assertThat(Glyphs.bundled().undrawable(text)).containsExactly(0x20000, 0x2A6A5);
		assertThat(Glyphs.describe(List.of(0x20000, 0x2A6A5))).isEqualTo("𠀀 (U+20000), 𪚥 (U+2A6A5)");
	}

	@Test
	void anEmojiNeedsAnInstalledFont() {
		assertThat(BUNDLED_ONLY.undrawable("耳机😀")).containsExactly(0x1F600);
	}

	@Test
	void needsNoGlyphForWhiteSpaceOrInvisibleCharacters() {
		assertThat(BUNDLED_ONLY.undrawable("限时\n\t特惠\u3000 好物\u200d推荐\ufe0f")).isEmpty();
		assertThat(Glyphs.clean("  限时\n\t特惠\u3000 好物\u200d推荐\ufe0f ")).isEqualTo("限时 特惠 好物推荐");
	}

}
