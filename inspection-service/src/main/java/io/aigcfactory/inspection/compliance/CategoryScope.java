package io.aigcfactory.inspection.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The product categories a lexicon pack applies to. Categories are matched by the words
 * their names contain, since merchants write paths like {@code 美妆/面部护肤}.
 *
 * @param words normalised words of the category name
 * @param excluding whether the pack applies to every category except those with the words
 */
record CategoryScope(List<String> words, boolean excluding) {

	static final CategoryScope EVERY = new CategoryScope(List.of(), true);

	CategoryScope {
		words = List.copyOf(words);
	}

	/**
	 * Parses {@code *}, {@code 美妆,个护} or {@code !医疗,药品}.
	 * @param text the scope as written in a pack
	 * @param fold how words are normalised
	 * @return the scope
	 */
	static CategoryScope parse(String text, UnaryOperator<String> fold) {
		String spec = text.strip();
		if (spec.equals("*")) {
			return EVERY;
		}
		boolean excluding = spec.startsWith("!");
		List<String> words = Arrays.stream(spec.substring(excluding ? 1 : 0).split("[,，]"))
			.map(fold)
			.filter((word) -> !word.isEmpty())
			.toList();
		return new CategoryScope(words, excluding);
	}

	/** Whether the pack applies to a category, given in normalised form. */
	boolean includes(String normalisedCategory) {
		boolean named = this.words.stream().anyMatch(normalisedCategory::contains);
		return this.excluding != named;
	}

}
