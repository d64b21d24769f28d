package io.aigcfactory.production.image.local;

import java.awt.Color;

/**
 * The colours of one image.
 *
 * @param style the style they were chosen for
 * @param backgroundTop the background at the top
 * @param backgroundBottom the background at the bottom
 * @param ink the headline's colour
 * @param mutedInk the colour of secondary text
 * @param accent the brand's accent: brand mark, highlight icons
 * @param onAccent text and icons on the accent
 * @param tint the background's decorative shapes and the stage's backdrop
 * @param surface highlight pills and the product tile
 * @param onSurface text on the surface
 * @param deal the band that holds the price and the call to action
 * @param emphasis the price and the product's character on its tile
 * @param action the call-to-action button
 * @param onAction text on the call-to-action button
 */
record Palette(String style, Color backgroundTop, Color backgroundBottom, Color ink, Color mutedInk, Color accent,
		Color onAccent, Color tint, Color surface, Color onSurface, Color deal, Color emphasis, Color action,
		Color onAction) {

	/** A colour between two: {@code amount} 0 gives {@code from}, 1 gives {@code to}. */
	static Color mix(Color from, Color to, float amount) {
		return new Color(channel(from.getRed(), to.getRed(), amount), channel(from.getGreen(), to.getGreen(), amount),
				channel(from.getBlue(), to.getBlue(), amount));
	}

	private static int channel(int from, int to, float amount) {
		return Math.round(from + (to - from) * amount);
	}

	/** The WCAG contrast ratio of two colours, from 1 to 21. */
	static double contrast(Color one, Color other) {
		double lighter = Math.max(luminance(one), luminance(other));
		double darker = Math.min(luminance(one), luminance(other));
		return (lighter + 0.05) / (darker + 0.05);
	}

	static double luminance(Color colour) {
		return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
				+ 0.0722 * linear(colour.getBlue());
	}

	private static double linear(int channel) {
		double value = channel / 255.0;
		return (value <= 0.03928) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

	/**
	 * The colour, darkened or lightened towards black or white until it reaches a
	 * contrast with {@code against}.
	 */
	static Color legible(Color colour, Color against, double ratio) {
		Color toward = (luminance(against) > 0.4) ? Color.BLACK : Color.WHITE;
		Color adjusted = colour;
		for (int step = 1; step <= 20 && contrast(adjusted, against) < ratio; step++) {
			adjusted = mix(colour, toward, step * 0.05f);
		}
		return adjusted;
	}

	/**
	 * White where it reaches the 3:1 contrast that large and bold type needs, as buttons
	 * and marks usually carry it; near-black otherwise.
	 */
	static Color on(Color background) {
		return (contrast(Color.WHITE, background) >= 3) ? Color.WHITE : new Color(0x161616);
	}

	/** A translucent version of a colour. */
	static Color alpha(Color colour, float alpha) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
	}

}
