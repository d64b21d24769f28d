package io.aigcfactory.events;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One reason behind a verdict.
 *
 * @param stage the inspection stage that found it
 * @param code a stable machine-readable code, e.g. {@code ABSOLUTE_TERM}
 * @param detail a human explanation
 * @param evidence what was matched: a term, a similar asset's id
 */
public record Finding(Stage stage, String code, String detail, @Nullable String evidence) {

	public Finding {
		Objects.requireNonNull(stage, "stage");
		Contracts.requireText(code, "code");
		Contracts.requireText(detail, "detail");
	}

	/**
	 * The inspection stages, in the order they run; {@code REVIEW} is a human reviewer's
	 * (or the review queue's) reason.
	 */
	public enum Stage {

		COMPLIANCE, ORIGINALITY, QUALITY, REVIEW

	}

}
