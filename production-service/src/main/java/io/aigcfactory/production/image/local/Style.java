package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The looks an image can have. Each turns a brand's colour into a palette, so that one
 * brand is recognisable across styles and one style across brands.
 */
enum Style {

	/** The brand's colour as a deep background, white type, a yellow call to action. */
	BOLD("大促", "醒目"),
	/** Mint and white, airy; the brand's colour on the accents. */
	FRESH("清新", "自然"),
	/** Near-black and champagne gold. */
	PREMIUM("高端", "奢华", "轻奢"),
	/** Cream and peach with a terracotta price. */
	WARM("温暖", "温馨"),
	/** Off-white and ink; the brand's colour on the accents. The default. */
	MINIMAL("简约", "极简");

	/**
	 * Brand colours: mid-tones that hold up as an accent on light and on dark grounds.
	 */
	private static final List<Color> BRAND_COLOURS = List.of(new Color(0xE0302C), new Color(0xEE5A36),
			new Color(0xF08A1C), new Color(0x2E9E5B), new Color(0x0F9D8F), new Color(0x1F8CEB), new Color(0x2F5BDB),
			new Color(0x5B3FD1), new Color(0x9C3FC9), new Color(0xD6336C));

	private static final Color WHITE = Color.WHITE;

	private final List<String> aliases;

	Style(String... aliases) {
		this.aliases = List.of(aliases);
	}

	/**
	 * The style of a name such as {@code bold} or {@code 简约}; {@link #MINIMAL} when
	 * unknown.
	 */
	static Style of(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((style) -> style.name().toLowerCase(Locale.ROOT).equals(key) || style.aliases.contains(key))
			.findFirst()
			.orElse(MINIMAL);
	}

	/** A brand's own colour: the same brand always gets the same one. */
	static Color brandColour(String brand) {
		String key = CjkFonts.clean(brand).toLowerCase(Locale.ROOT);
		return BRAND_COLOURS.get(Math.floorMod(key.hashCode() * 0x9E3779B1, BRAND_COLOURS.size()));
	}

	Palette palette(String brand) {
		Color own = brandColour(brand);
		String name = name().toLowerCase(Locale.ROOT);
		return switch (this) {
			case BOLD -> {
				Color top = Palette.legible(own, WHITE, 4.6);
				Color bottom = Palette.mix(top, Color.BLACK, 0.25f);
				Color yellow = new Color(0xFFD84D);
				yield new Palette(name, top, bottom, WHITE, Palette.mix(WHITE, top, 0.12f), yellow, new Color(0x3B2500),
						Palette.mix(top, WHITE, 0.3f), WHITE, bottom, WHITE, top, yellow, new Color(0x3B2500));
			}
			case FRESH -> light(name, new Color(0xF4FBF8), new Color(0xDCF2E8), new Color(0xB5E3CF),
					new Color(0x0F3B2E), new Color(0x4D6B62), own, null);
			case PREMIUM -> {
				Color gold = new Color(0xD6B46E);
				Color top = new Color(0x232328);
				Color bottom = new Color(0x111114);
				Color accent = Palette.legible(Palette.mix(own, gold, 0.35f), top, 3.0);
				yield new Palette(name, top, bottom, new Color(0xF3E7CB), new Color(0xB8AD94), accent,
						Palette.on(accent), new Color(0x3A3A42), new Color(0x2E2E35), new Color(0xF3E7CB),
						new Color(0x1A1A1E), gold, gold, new Color(0x1A1A1E));
			}
			case WARM -> light(name, new Color(0xFFF8F0), new Color(0xFCE4CE), new Color(0xF7C9A4), new Color(0x4A230F),
					new Color(0x8A5A3C), own, new Color(0xD9502A));
			case MINIMAL -> light(name, new Color(0xFAFAF9), new Color(0xECECEA), new Color(0xD9D9D5),
					new Color(0x161616), new Color(0x666666), own, new Color(0x161616));
		};
	}

	/**
	 * A light palette: white pills and deal band, the brand's colour on the accents, and
	 * the call to action in {@code action} (the accent when {@code null}).
	 */
	private static Palette light(String name, Color top, Color bottom, Color tint, Color ink, Color mutedInk, Color own,
			@Nullable Color action) {
		Color accent = Palette.legible(own, bottom, 3.2);
		Color button = (action != null) ? action : accent;
		return new Palette(name, top, bottom, ink, mutedInk, accent, Palette.on(accent), tint, WHITE, ink, WHITE,
				Palette.legible(own, WHITE, 3.5), button, Palette.on(button));
	}

}
