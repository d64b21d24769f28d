package io.aigcfactory.events;

import java.util.List;

/**
 * Ad copy written for one concept.
 *
 * @param headline the main line, shown large on images
 * @param body one or two sentences of body copy
 * @param callToAction the closing prompt to act
 * @param highlights short selling-point phrases, shown as badges on images
 * @param hashtags topic tags for social channels, without the {@code #}; may be empty
 */
public record Copy(String headline, String body, String callToAction, List<String> highlights, List<String> hashtags) {

	public Copy {
		Contracts.requireText(headline, "headline");
		Contracts.requireText(body, "body");
		Contracts.requireText(callToAction, "callToAction");
		highlights = Contracts.copyOf(highlights, "highlights");
		hashtags = Contracts.copyOrEmpty(hashtags);
	}

	/** Copy without hashtags. */
	public Copy(String headline, String body, String callToAction, List<String> highlights) {
		this(headline, body, callToAction, highlights, List.of());
	}

	/** All of the copy as one text, in reading order: what text checks look at. */
	public String fullText() {
		StringBuilder text = new StringBuilder(this.headline).append('\n').append(this.body);
		for (String highlight : this.highlights) {
			text.append('\n').append(highlight);
		}
		return text.append('\n').append(this.callToAction).toString();
	}

}
