package io.aigcfactory.creative.concept;

import java.util.List;

import io.aigcfactory.events.Angle;

/**
 * Chooses the visual style of a concept: one that suits its angle first, then the others
 * for rewrites, so that rewritten concepts also look different.
 */
final class StylePicker {

	private static final List<String> STYLES = List.of("bold", "fresh", "premium", "warm", "minimal");

	private StylePicker() {
	}

	static String pick(Angle angle, int variation) {
		String preferred = switch (angle) {
			case PRICE, TREND -> "bold";
			case SCENARIO, AUDIENCE -> "fresh";
			case QUALITY -> "premium";
			case EMOTION, GIFTING -> "warm";
			case FUNCTION -> "minimal";
		};
		int start = STYLES.indexOf(preferred);
		return STYLES.get((start + variation) % STYLES.size());
	}

}
