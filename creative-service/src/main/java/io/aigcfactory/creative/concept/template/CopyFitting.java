package io.aigcfactory.creative.concept.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a template and fits it into a length limit the way a copywriter would: first by
 * using shorter forms of the facts, then by ending at a clause, and only then by cutting,
 * never inside a number or a Latin word. Lengths count code points.
 */
final class CopyFitting {

	private static final String CLAUSE_ENDS = "，。；！？、：,;!?｜ ";

	private static final String SENTENCE_ENDS = "。！？";

	private CopyFitting() {
	}

	static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * @param template the template with {@code {slot}} placeholders
	 * @param slots each slot's forms, longest first
	 * @param limit the most code points allowed
	 * @param sentence whether the result should end like a sentence
	 * @return the filled text, at most {@code limit} long
	 */
	static String fill(String template, Map<String, List<String>> slots, int limit, boolean sentence) {
		Map<String, Integer> chosen = new HashMap<>();
		List<String> used = TemplateBook.slotsOf(template);
		String text = render(template, slots, chosen);
		while (length(text) > limit) {
			String longest = null;
			for (String slot : used) {
				int form = chosen.getOrDefault(slot, 0);
				boolean shorter = form + 1 < slots.get(slot).size();
				if (shorter && (longest == null
						|| value(slots, chosen, slot).length() > value(slots, chosen, longest).length())) {
					longest = slot;
				}
			}
			if (longest == null) {
				return clip(text, limit, sentence);
			}
			chosen.merge(longest, 1, Integer::sum);
			text = render(template, slots, chosen);
		}
		return text;
	}

	private static String render(String template, Map<String, List<String>> slots, Map<String, Integer> chosen) {
		String text = template;
		for (String slot : TemplateBook.slotsOf(template)) {
			text = text.replace("{" + slot + "}", value(slots, chosen, slot));
		}
		return text;
	}

	private static String value(Map<String, List<String>> slots, Map<String, Integer> chosen, String slot) {
		List<String> forms = slots.get(slot);
		if (forms == null || forms.isEmpty()) {
			throw new IllegalArgumentException("no value for slot {" + slot + "}");
		}
		return forms.get(Math.min(chosen.getOrDefault(slot, 0), forms.size() - 1));
	}

	/**
	 * Shortens text to the limit: at a clause end if one is far enough in, else at a safe
	 * cut.
	 */
	static String clip(String text, int limit, boolean sentence) {
		if (length(text) <= limit) {
			return text;
		}
		int[] points = text.codePoints().toArray();
		int room = sentence ? limit - 1 : limit;
		int cut = -1;
		for (int i = room; i >= room / 2; i--) {
			if (CLAUSE_ENDS.indexOf(points[i]) >= 0) {
				cut = i;
				break;
			}
		}
		if (cut < 0) {
			cut = room;
			while (cut > 0 && unbreakable(points[cut - 1]) && unbreakable(points[cut])) {
				cut--;
			}
			cut = (cut == 0) ? room : cut;
		}
		String clipped = new String(points, 0, cut);
		while (!clipped.isEmpty() && CLAUSE_ENDS.indexOf(clipped.codePointBefore(clipped.length())) >= 0) {
			clipped = clipped.substring(0, clipped.length() - 1);
		}
		boolean ended = !clipped.isEmpty() && SENTENCE_ENDS.indexOf(clipped.codePointBefore(clipped.length())) >= 0;
		return (sentence && !ended) ? clipped + "。" : clipped;
	}

	/** Characters of a number, price or Latin word, which a cut must not split. */
	private static boolean unbreakable(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '¥'
				|| c == '%' || c == '-';
	}

}
