package io.aigcfactory.creative.concept;

import java.util.Locale;
import java.util.Objects;

import io.aigcfactory.events.Angle;

/**
 * A creative direction: the angle the copy argues from, the visual style it is drawn in
 * and the hook it opens with.
 *
 * @param id a stable id, {@code angle.style.hook} for catalogue directions, e.g.
 * {@code scenario.fresh.question}
 * @param angle the angle
 * @param style the visual style, e.g. {@code fresh}
 * @param hook how the copy opens, in words a writer follows, e.g. {@code 以一个提问开头}
 */
public record Direction(String id, Angle angle, String style, String hook) {

	public Direction {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(angle, "angle");
		Objects.requireNonNull(style, "style");
		Objects.requireNonNull(hook, "hook");
	}

	/**
	 * The name of the hook, the third part of a catalogue direction's id, e.g.
	 * {@code question}; empty for a plain direction without a hook.
	 */
	public String hookName() {
		String[] parts = this.id.split("\\.");
		return (parts.length == 3 && !this.hook.isEmpty()) ? parts[2] : "";
	}

	/**
	 * The plain direction of an angle: its preferred style for the variation, no hook.
	 */
	public static Direction of(Angle angle, int variation) {
		String style = StylePicker.pick(angle, variation);
		return new Direction(angle.name().toLowerCase(Locale.ROOT) + "." + style, angle, style, "");
	}

}
