package io.aigcfactory.production.image.local;

import java.awt.Color;
import java.util.List;

/**
 * A style's palette in a brand kit's own colours: the primary colour fills the brand's
 * marks and icons as it is (and the background of the bold style), the second colour, if
 * any, the call to action. Text on or in brand colours keeps a readable contrast: where
 * the brand colour is too weak for it, text falls back to white or near-black.
 */
final class BrandPalette {

	private static final Color DARK = new Color(0x161616);

	private BrandPalette() {
	}

	/**
	 * The palette of a style for a brand, in the kit's colours where it has any.
	 * @param colours the kit's colours as {@code #RRGGBB}, primary first; empty for the
	 * brand's derived colour
	 */
	static Palette of(Style style, String brand, List<String> colours) {
		Palette base = style.palette(brand);
		if (colours.isEmpty()) {
			return base;
		}
		Color primary = Color.decode(colours.get(0));
		Color second = (colours.size() > 1) ? Color.decode(colours.get(1)) : null;
		if (style == Style.BOLD) {
			Color bottom = Palette.mix(primary, Color.BLACK, 0.2f);
			Color ink = readableOn(primary);
			Color action = (second != null) ? second : base.action();
			return new Palette(base.style(), primary, bottom, ink, Palette.mix(ink, primary, 0.15f), action,
					Palette.on(action), Palette.mix(primary, Color.WHITE, 0.3f), base.surface(),
					text(bottom, base.surface(), 4.5), base.deal(), text(primary, base.deal(), 3.0), action,
					Palette.on(action));
		}
		Color action = (second != null) ? second : primary;
		return new Palette(base.style(), base.backgroundTop(), base.backgroundBottom(), base.ink(), base.mutedInk(),
				primary, Palette.on(primary), base.tint(), base.surface(), base.onSurface(), base.deal(),
				text(primary, base.deal(), 3.0), action, Palette.on(action));
	}

	/**
	 * The colour for text on a background: the colour itself where it reaches the
	 * contrast, else white or near-black, whichever reads better.
	 */
	static Color text(Color colour, Color background, double ratio) {
		return (Palette.contrast(colour, background) >= ratio) ? colour : readableOn(background);
	}

	/** White or near-black, whichever contrasts more with the background. */
	static Color readableOn(Color background) {
		return (Palette.contrast(Color.WHITE, background) >= Palette.contrast(DARK, background)) ? Color.WHITE : DARK;
	}

}
