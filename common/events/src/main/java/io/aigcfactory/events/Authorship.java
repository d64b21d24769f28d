package io.aigcfactory.events;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a concept's copy, and why the fallback wrote it when the configured model did
 * not.
 *
 * @param writer {@code llm} or {@code template}
 * @param model the model that wrote it, when a model did
 * @param fallbackReason why the template writer stood in for the configured model, or
 * {@code null} when nothing fell back
 */
public record Authorship(String writer, @Nullable String model, @Nullable String fallbackReason) {

	/** Copy the offline template writer wrote because it is the configured writer. */
	public static final Authorship TEMPLATE = new Authorship("template", null, null);

	public Authorship {
		Contracts.requireText(writer, "writer");
	}

	/** Whether the configured model was passed over for the template writer. */
	public boolean fellBack() {
		return this.fallbackReason != null;
	}

}
