package io.aigcfactory.production.image.local;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.aigcfactory.production.image.UnrenderableText;
import org.jspecify.annotations.Nullable;

/**
 * The fonts text is drawn with: the bundled Noto Sans CJK SC subset first, then, for the
 * few characters it lacks, the first installed font that has them. Text with a character
 * that no font has is refused, so that nothing is ever drawn as a box.
 */
final class CjkFonts {

	/**
	 * Where the ideographic em box of Noto Sans CJK sits: from 0.88 em above the baseline
	 * to 0.12 em below. Text is placed by this box so that hanzi centre in their lines.
	 */
	static final float EM_ASCENT = 0.88f;

	private static final Set<String> LOGICAL_FAMILIES = Set.of("Dialog", "DialogInput", "Serif", "SansSerif",
			"Monospaced");

	private final Font regular;

	private final Font bold;

	private final Supplier<List<Font>> fallbacks;

	/**
	 * @param regular the font of regular text
	 * @param bold the font of bold text
	 * @param fallbacks the fonts to try, in order, for characters the first two lack
	 */
	CjkFonts(Font regular, Font bold, Supplier<List<Font>> fallbacks) {
		this.regular = regular.deriveFont(ShapedText.REFERENCE_SIZE);
		this.bold = bold.deriveFont(ShapedText.REFERENCE_SIZE);
		this.fallbacks = fallbacks;
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
			throw new UnrenderableText(describe(missing));
		}
		return new ShapedText(clean, runFonts, runEnds.stream().mapToInt(Integer::intValue).toArray(), primary);
	}

	/**
	 * The characters of text that no font can draw, e.g. {@code 𠀀 (U+20000)}; empty when
	 * every one can.
	 */
	String undrawable(String text) {
		Set<Integer> missing = new LinkedHashSet<>();
		clean(text).codePoints()
			.filter((codePoint) -> fontFor(codePoint, this.regular, false) == null
					|| fontFor(codePoint, this.bold, true) == null)
			.forEach(missing::add);
		return describe(missing);
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
		StringBuilder clean = new StringBuilder(text.length());
		boolean space = false;
		for (int codePoint : text.codePoints().toArray()) {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				space = !clean.isEmpty();
			}
			else if (!invisible(codePoint)) {
				if (space) {
					clean.append(' ');
					space = false;
				}
				clean.appendCodePoint(codePoint);
			}
		}
		return clean.toString();
	}

	private static boolean invisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || type == Character.CONTROL || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
	}

	private static String describe(Set<Integer> codePoints) {
		return codePoints.stream()
			.map((codePoint) -> Character.toString(codePoint) + " (U+"
					+ Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + ")")
			.collect(Collectors.joining(", "));
	}

	static Font load(String resource) {
		try (InputStream in = CjkFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Bundled font " + resource + " is missing from the classpath");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled font " + resource, ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Bundled font " + resource + " is not a font", ex);
		}
	}

	/** Installed fonts, physical ones first, in a stable order so that output is too. */
	private static List<Font> installed() {
		return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
			.sorted(Comparator.comparing((Font font) -> LOGICAL_FAMILIES.contains(font.getFamily(Locale.ROOT)))
				.thenComparing((font) -> font.getFontName(Locale.ROOT)))
			.toList();
	}

	private static final class Bundled {

		static final CjkFonts FONTS = new CjkFonts(load("/fonts/NotoSansSC-Regular.otf"),
				load("/fonts/NotoSansSC-Bold.otf"), () -> Installed.FONTS);

	}

	/** Enumerating installed fonts takes a while, so it happens only when needed. */
	private static final class Installed {

		static final List<Font> FONTS = installed();

	}

}
