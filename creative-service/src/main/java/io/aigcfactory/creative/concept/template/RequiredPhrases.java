package io.aigcfactory.creative.concept.template;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a brand kit's required phrases go in a copy: in the kit's order, each at the end
 * of the body while the body keeps room for its own sentence, else as the call to action
 * when it is short enough and that is still free. A phrase that fits neither is dropped,
 * and the same phrases always land in the same places.
 *
 * @param body the phrases the body ends with, in order
 * @param call the phrase that is the call to action, or {@code null}
 * @param dropped the phrases that did not fit
 * @param bodyLimit the room left for the body's own text
 */
record RequiredPhrases(List<String> body, @Nullable String call, List<String> dropped, int bodyLimit) {

	/** The least room a body keeps for its own sentence. */
	static final int MIN_OWN_BODY = 20;

	private static final String SENTENCE_ENDS = "。！？!?";

	RequiredPhrases {
		body = List.copyOf(body);
		dropped = List.copyOf(dropped);
	}

	/**
	 * @param phrases the kit's required phrases, in its order
	 * @param bodyLimit the most code points of the body
	 * @param callLimit the most code points of the call to action
	 */
	static RequiredPhrases place(List<String> phrases, int bodyLimit, int callLimit) {
		List<String> body = new ArrayList<>();
		List<String> dropped = new ArrayList<>();
		String call = null;
		int room = bodyLimit - MIN_OWN_BODY;
		for (String phrase : phrases) {
			int cost = CopyFitting.length(sentence(phrase));
			if (cost <= room) {
				body.add(phrase);
				room -= cost;
			}
			else if (call == null && CopyFitting.length(phrase) <= callLimit) {
				call = phrase;
			}
			else {
				dropped.add(phrase);
			}
		}
		return new RequiredPhrases(body, call, dropped, MIN_OWN_BODY + room);
	}

	/** The body's own text followed by its phrases, each as a sentence. */
	String appendTo(String own) {
		StringBuilder text = new StringBuilder(own);
		this.body.forEach((phrase) -> text.append(sentence(phrase)));
		return text.toString();
	}

	private static String sentence(String phrase) {
		boolean ended = !phrase.isEmpty() && SENTENCE_ENDS.indexOf(phrase.codePointBefore(phrase.length())) >= 0;
		return ended ? phrase : phrase + "。";
	}

}
