package io.aigcfactory.production.image.local;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.aigcfactory.glyphs.Glyphs;
import io.aigcfactory.production.image.UnrenderableText;
import org.jspecify.annotations.Nullable;

/**
 * The fonts text is drawn with ({@link Glyphs}): the bundled Noto Sans CJK SC subset
 * first, then, for the few characters it lacks, the first installed font that has them.
 * Text with a character that no font has is refused, so that nothing is ever drawn as a
 * box.
 */
final class CjkFonts {

	/**
	 * Where the ideographic em box of Noto Sans CJK sits: from 0.88 em above the baseline
	 * to 0.12 em below. Text is placed by this box so that hanzi centre in their lines.
	 */
	static final float EM_ASCENT = 0.88f;

	private final Font regular;

	private final Font bold;

	private final Supplier<List<Font>> fallbacks;

	private final Glyphs glyphs;

	/**
	 * @param regular the font of regular text
	 * @param bold the font of bold text
	 * @param fallbacks the fonts to try, in order, for characters the first two lack
	 */
	CjkFonts(Font regular, Font bold, Supplier<List<Font>> fallbacks) {
		this.regular = regular.deriveFont(ShapedText.REFERENCE_SIZE);
		this.bold = bold.deriveFont(ShapedText.REFERENCE_SIZE);
		this.fallbacks = fallbacks;
		this.glyphs = new Glyphs(regular, bold, fallbacks);
	}

	/** The bundled fonts with the installed ones behind them, loaded once. */
	static CjkFonts bundled() {
		return Bundled.FONTS;
	}

	/**
	 * Shapes text in one weight, after {@linkplain #clean(String) cleaning} it.
	 * @throws UnrenderableText when a character is in none of the fonts
	 */
	ShapedText shape(String text, boolean strong) {
		String clean = clean(text);
		Font primary = strong ? this.bold : this.regular;
		List<Font> runFonts = new ArrayList<>();
		List<Integer> runEnds = new ArrayList<>();
		Set<Integer> missing = new LinkedHashSet<>();
		int index = 0;
		while (index < clean.length()) {
			int codePoint = clean.codePointAt(index);
			Font font = fontFor(codePoint, primary, strong);
			if (font == null) {
				missing.add(codePoint);
			}
			else if (!runFonts.isEmpty() && runFonts.getLast().equals(font)) {
				runEnds.set(runEnds.size() - 1, index + Character.charCount(codePoint));
			}
			else {
				runFonts.add(font);
				runEnds.add(index + Character.charCount(codePoint));
			}
			index += Character.charCount(codePoint);
		}
		if (!missing.isEmpty()) {
			throw new UnrenderableText(Glyphs.describe(missing));
		}
		return new ShapedText(clean, runFonts, runEnds.stream().mapToInt(Integer::intValue).toArray(), primary);
	}

	/**
	 * The characters of text that no font can draw, e.g. {@code 𠀀 (U+20000)}; empty when
	 * every one can.
	 */
	String undrawable(String text) {
		return Glyphs.describe(this.glyphs.undrawable(text));
	}

	private @Nullable Font fontFor(int codePoint, Font primary, boolean strong) {
		if (primary.canDisplay(codePoint)) {
			return primary;
		}
		for (Font fallback : this.fallbacks.get()) {
			if (fallback.canDisplay(codePoint)) {
				return fallback.deriveFont(strong ? Font.BOLD : Font.PLAIN, ShapedText.REFERENCE_SIZE);
			}
		}
		return null;
	}

	/**
	 * Collapses every run of white space into one space and drops invisible format
	 * characters (joiners, variation selectors): they have no glyph of their own.
	 */
	static String clean(String text) {
		return Glyphs.clean(text);
	}

	static Font load(String resource) {
		return Glyphs.load(resource);
	}

	private static final class Bundled {

		static final CjkFonts FONTS = new CjkFonts(Glyphs.bundled().regular(), Glyphs.bundled().bold(),
				Glyphs.bundled()::fallbacks);

	}

}
