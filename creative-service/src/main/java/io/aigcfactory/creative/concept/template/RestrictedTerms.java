package io.aigcfactory.creative.concept.template;

import io.aigcfactory.creative.concept.ConceptResources;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Terms the writer must not write: Advertising Law absolute terms and regulated claims,
 * plus whatever got earlier copy of a brief rejected. Text is compared folded (width,
 * case, symbols and spaces dropped), so "Ｎｏ. 1" counts as "NO.1".
 */
public final class RestrictedTerms {

	private final List<String> folded;

	public RestrictedTerms(Collection<String> terms) {
		this.folded = terms.stream().map(RestrictedTerms::fold).filter((term) -> !term.isEmpty()).distinct().toList();
	}

	/** The writer's own list, from {@code concept/restricted-terms.txt}. */
	public static RestrictedTerms fromClasspath() {
		return new RestrictedTerms(ConceptResources.lines("restricted-terms.txt"));
	}

	/** These terms and some more, e.g. a brief's avoid terms. */
	public RestrictedTerms and(Collection<String> more) {
		List<String> all = new ArrayList<>(this.folded);
		all.addAll(more);
		return new RestrictedTerms(all);
	}

	/** Whether the text holds any of these terms, compared folded. */
	public boolean foundIn(String text) {
		String foldedText = fold(text);
		return this.folded.stream().anyMatch(foldedText::contains);
	}

	/** The terms found in the text, folded. */
	public List<String> foundTerms(String text) {
		String foldedText = fold(text);
		return this.folded.stream().filter(foldedText::contains).toList();
	}

	/** Text as these terms are compared: NFKC, lower case, letters and digits only. */
	public static String fold(String text) {
		String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(compatible.length());
		compatible.codePoints().filter((c) -> Character.isLetterOrDigit(c) || c == '%').forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
