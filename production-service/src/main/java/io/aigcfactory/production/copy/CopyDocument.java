package io.aigcfactory.production.copy;

import java.nio.charset.StandardCharsets;

import io.aigcfactory.events.Copy;

/** Lays out copy as a UTF-8 text file: headline, body, highlights, call to action. */
public final class CopyDocument {

	/** The rendition's file name. */
	public static final String NAME = "copy.txt";

	/** The rendition's media type. */
	public static final String MEDIA_TYPE = "text/plain;charset=UTF-8";

	private CopyDocument() {
	}

	public static byte[] render(Copy copy) {
		StringBuilder text = new StringBuilder(copy.headline()).append("\n\n").append(copy.body()).append("\n\n");
		for (String highlight : copy.highlights()) {
			text.append("· ").append(highlight).append('\n');
		}
		if (!copy.highlights().isEmpty()) {
			text.append('\n');
		}
		text.append(copy.callToAction()).append('\n');
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
