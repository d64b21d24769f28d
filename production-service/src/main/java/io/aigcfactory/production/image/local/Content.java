package io.aigcfactory.production.image.local;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.aigcfactory.events.Angle;
import io.aigcfactory.production.image.ImageBrief;
import io.aigcfactory.production.image.UnrenderableText;

/**
 * The texts of one image, cleaned and shaped in their weights.
 *
 * @param brand the brand name
 * @param brandInitial the brand's first character, for its mark
 * @param category the last level of the category, e.g. {@code 耳机} of {@code 数码/耳机}
 * @param glyph the character that stands for the product on its stage
 * @param productName the product title without bracketed promotions
 * @param headline the headline
 * @param body the body copy
 * @param highlights the highlights, at most {@value #MAX_HIGHLIGHTS}
 * @param callToAction the call to action
 * @param price the price
 * @param angle the concept's angle
 */
record Content(ShapedText brand, ShapedText brandInitial, ShapedText category, ShapedText glyph, ShapedText productName,
		ShapedText headline, ShapedText body, List<ShapedText> highlights, ShapedText callToAction, Price price,
		Angle angle) {

	static final int MAX_HIGHLIGHTS = 4;

	/**
	 * @throws UnrenderableText naming every character of the brief that no font can draw
	 */
	static Content of(ImageBrief brief, CjkFonts fonts) {
		String undrawable = fonts.undrawable(String.join("\n", brief.product().brand(), brief.product().title(),
				brief.product().category(), brief.copy().fullText()));
		if (!undrawable.isEmpty()) {
			throw new UnrenderableText(undrawable);
		}
		String brand = CjkFonts.clean(brief.product().brand());
		String category = leaf(brief.product().category());
		List<ShapedText> highlights = brief.copy()
			.highlights()
			.stream()
			.map((highlight) -> fonts.shape(highlight, true))
			.filter((highlight) -> !highlight.isEmpty())
			.limit(MAX_HIGHLIGHTS)
			.toList();
		return new Content(fonts.shape(brand, true), fonts.shape(initial(brand), true), fonts.shape(category, false),
				fonts.shape(glyph(category, brand), true), fonts.shape(shortTitle(brief.product().title()), false),
				fonts.shape(brief.copy().headline(), true), fonts.shape(brief.copy().body(), false), highlights,
				fonts.shape(brief.copy().callToAction(), true), Price.of(brief.price(), fonts), brief.angle());
	}

	/** The last level of a category path such as {@code 数码/耳机} or {@code 家居 > 灯具}. */
	static String leaf(String category) {
		String[] levels = CjkFonts.clean(category).split("\\s*[/>|\\\\]\\s*");
		for (int level = levels.length - 1; level >= 0; level--) {
			if (!levels[level].isBlank()) {
				return levels[level].strip();
			}
		}
		return CjkFonts.clean(category);
	}

	/**
	 * A title without the bracketed promotions merchants put in it, e.g. {@code 【包邮】}.
	 */
	static String shortTitle(String title) {
		String stripped = CjkFonts.clean(title.replaceAll("【[^】]*】|\\[[^\\]]*\\]|（[^）]*）|\\([^)]*\\)", " "));
		return stripped.isEmpty() ? CjkFonts.clean(title) : stripped;
	}

	private static String glyph(String category, String brand) {
		int han = category.codePoints()
			.filter((codePoint) -> Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN)
			.findFirst()
			.orElse(-1);
		return (han != -1) ? Character.toString(han) : initial(category.isEmpty() ? brand : category);
	}

	private static String initial(String text) {
		return text.isEmpty() ? "" : Character.toString(text.codePointAt(0)).toUpperCase(Locale.ROOT);
	}

	/**
	 * A price as shown: {@code ¥}, the yuan, and the fen only when there are any, so
	 * {@code 299.00} shows as {@code ¥299} and {@code 29.9} as {@code ¥29.90}.
	 *
	 * @param currency the currency sign
	 * @param whole the yuan
	 * @param fraction the decimal point and the fen, or empty
	 */
	record Price(ShapedText currency, ShapedText whole, ShapedText fraction) {

		static Price of(BigDecimal amount, CjkFonts fonts) {
			String[] parts = format(amount).split("(?=\\.)", 2);
			return new Price(fonts.shape("¥", true), fonts.shape(parts[0], true),
					fonts.shape((parts.length > 1) ? parts[1] : "", true));
		}

		static String format(BigDecimal amount) {
			BigDecimal fen = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.HALF_UP);
			return (fen.stripTrailingZeros().scale() <= 0) ? fen.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
					: fen.toPlainString();
		}

	}

}
