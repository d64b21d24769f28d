package io.aigcfactory.creative.concept.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.aigcfactory.creative.concept.CopyLimits;
import io.aigcfactory.events.Product;

/**
 * The product facts in the shape templates need, with every fact that contains a
 * restricted term left out. Phrases come as forms, longest first, so copy can be
 * shortened to fit.
 *
 * @param brand the brand
 * @param noun forms of what the product is: as the title says it ({@code 真无线蓝牙耳机}), then
 * the category's word ({@code 耳机})
 * @param name forms of the short product name: brand and noun, then shorter ones
 * @param points selling-point phrases, most important first, each with its shorter forms
 * @param audience forms of who it is for
 * @param price the price with {@code ¥}, without trailing zeros
 */
record ProductFacts(String brand, List<String> noun, List<String> name, List<List<String>> points,
		List<String> audience, String price) {

	static final int PHRASE_LIMIT = CopyLimits.HIGHLIGHT;

	private static final int NOUN_LIMIT = 8;

	private static final int NAME_LIMIT = 10;

	private static final int AUDIENCE_LIMIT = 10;

	private static final String ANYONE = "你";

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；。!！?？:：/|｜·+]+");

	private static final Pattern DESCRIPTION_CLAUSES = Pattern.compile("[，,。！？!?；;\\n]");

	private static final Pattern TITLE_SEPARATORS = Pattern.compile("[\\s,，、;；。!！?？:：/|｜·+【】\\[\\]（）()《》「」\"“”]+");

	private static final Pattern BRACKETED = Pattern.compile("【[^】]*】|\\[[^]]*]|（[^）]*）|\\([^)]*\\)");

	private static final Pattern AGE_PREFIX = Pattern.compile("^[0-9]+([-~～至到][0-9]+)?(岁|个月)?(以上|以下)?的?");

	static ProductFacts of(Product product, RestrictedTerms excluded) {
		String brand = product.brand().strip();
		List<String> noun = noun(product, excluded);
		Set<String> name = new LinkedHashSet<>();
		for (String form : noun) {
			if (CopyFitting.length(brand + form) <= NAME_LIMIT) {
				name.add(brand + form);
			}
			name.add(form);
		}
		String audienceText = product.audience().strip();
		List<String> audience = excluded.foundIn(audienceText) ? List.of(ANYONE) : audience(audienceText);
		List<List<String>> points = points(product, excluded);
		if (points.isEmpty()) {
			points = List.of(List.of(brand + "出品"));
		}
		String price = "¥" + product.price().stripTrailingZeros().max(BigDecimal.ZERO).toPlainString();
		return new ProductFacts(brand, noun, List.copyOf(name), points, audience, price);
	}

	/** Whether the audience is known and usable; copy then speaks to it by name. */
	boolean namesAudience() {
		return !this.audience.get(0).equals(ANYONE);
	}

	/**
	 * The title's word for the product, found around the category's last level (真无线蓝牙耳机
	 * for 数码/耳机), then that level alone; a generic word when neither is usable.
	 */
	private static List<String> noun(Product product, RestrictedTerms excluded) {
		String[] levels = product.category().split("[/>|\\\\]");
		String leaf = levels[levels.length - 1].strip();
		boolean leafUsable = !leaf.isEmpty() && CopyFitting.length(leaf) <= NOUN_LIMIT && !excluded.foundIn(leaf);
		String title = BRACKETED.matcher(product.title()).replaceAll(" ").replace(product.brand(), " ");
		for (String token : TITLE_SEPARATORS.split(title)) {
			if (leafUsable && token.contains(leaf) && !token.equals(leaf) && CopyFitting.length(token) <= NOUN_LIMIT
					&& !excluded.foundIn(token)) {
				return List.of(token, leaf);
			}
		}
		return List.of(leafUsable ? leaf : "好物");
	}

	private static List<List<String>> points(Product product, RestrictedTerms excluded) {
		List<String> facts = new ArrayList<>(product.sellingPoints());
		if (product.description() != null) {
			facts.addAll(Arrays.asList(DESCRIPTION_CLAUSES.split(product.description())));
		}
		Set<String> seen = new LinkedHashSet<>();
		List<List<String>> points = new ArrayList<>();
		for (String fact : facts) {
			String text = fact.strip();
			if (text.isEmpty() || excluded.foundIn(text)) {
				continue;
			}
			List<String> forms = phrase(text, PHRASE_LIMIT);
			if (seen.add(forms.get(0).toLowerCase(Locale.ROOT))) {
				points.add(forms);
			}
		}
		return List.copyOf(points);
	}

	private static List<String> audience(String text) {
		String plain = AGE_PREFIX.matcher(text).replaceFirst("");
		return phrase(plain.isEmpty() ? text : plain, AUDIENCE_LIMIT);
	}

	/** A phrase fitting the limit, then its first clause if that is shorter. */
	static List<String> phrase(String text, int limit) {
		String[] clauses = SEPARATORS.split(text);
		String first = (clauses.length > 0 && !clauses[0].isEmpty()) ? clauses[0] : text;
		String whole = (CopyFitting.length(text) <= limit) ? text : CopyFitting.clip(first, limit, false);
		String shortest = CopyFitting.clip(first, limit, false);
		return whole.equals(shortest) ? List.of(whole) : List.of(whole, shortest);
	}

}
