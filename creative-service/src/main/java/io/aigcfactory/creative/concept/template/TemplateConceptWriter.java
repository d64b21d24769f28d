package io.aigcfactory.creative.concept.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.ConceptWriter;
import io.aigcfactory.creative.concept.CopyLimits;
import io.aigcfactory.creative.concept.ScenePrompts;
import io.aigcfactory.creative.concept.WrittenConcept;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Authorship;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Product;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Chinese ad copy offline from templates: each angle has its own headline, body
 * and call-to-action templates, filled with the product's facts and its category's words.
 * A direction with a hook (a question, a number, a scene, a contrast, a pain point, a
 * promise) takes its headline from the hook's templates and opens its body the hook's way
 * before the angle's own body, so that directions of one product read differently. The
 * variation picks the templates and which facts lead, deterministically, so variations 0
 * to 7 of one product and angle all differ. Facts that contain a restricted or avoided
 * term, or a word the brand kit bans, are left out, and no template writes one. With a
 * brand kit, the copy carries the kit's required phrases where the length limits allow
 * ({@link RequiredPhrases}), and templates tagged with the kit's voice are preferred.
 */
public class TemplateConceptWriter implements ConceptWriter {

	private static final Logger logger = LoggerFactory.getLogger(TemplateConceptWriter.class);

	static final int HEADLINE_LIMIT = CopyLimits.HEADLINE;

	static final int BODY_LIMIT = CopyLimits.BODY;

	static final int CALL_LIMIT = CopyLimits.CALL_TO_ACTION;

	static final int OPENING_LIMIT = 16;

	private final TemplateBook book;

	private final List<CategoryKit> kits;

	private final RestrictedTerms restricted;

	/**
	 * A writer over the templates, category words and restricted terms on the classpath.
	 */
	public TemplateConceptWriter() {
		this(TemplateBook.fromClasspath(), CategoryKit.fromClasspath(), RestrictedTerms.fromClasspath());
	}

	TemplateConceptWriter(TemplateBook book, List<CategoryKit> kits, RestrictedTerms restricted) {
		this.book = book;
		this.kits = List.copyOf(kits);
		this.restricted = restricted;
	}

	@Override
	public WrittenConcept write(ConceptBrief brief) {
		Copy copy = copy(brief);
		return new WrittenConcept(copy, ScenePrompts.of(brief), Authorship.TEMPLATE);
	}

	/** The copy alone, for writers that fall back on these templates. */
	public Copy copy(ConceptBrief brief) {
		Product product = brief.product();
		BrandKit brand = brief.brand();
		RestrictedTerms excluded = this.restricted.and(brief.avoidTerms())
			.and((brand != null) ? brand.bannedWords() : List.of());
		ProductFacts facts = ProductFacts.of(product, excluded);
		Check clean = (text) -> !excluded.foundIn(text.replace(facts.brand(), "｜"));
		TemplateBook.AngleTemplates templates = this.book.forAngle(brief.angle());
		Set<String> tones = (brand != null) ? this.book.tonesOf(brand.voice()) : Set.of();
		RequiredPhrases required = RequiredPhrases.place((brand != null) ? brand.requiredPhrases() : List.of(),
				BODY_LIMIT, CALL_LIMIT);
		if (!required.dropped().isEmpty()) {
			logger.warn("Brand kit {}: required phrases {} do not fit the copy's length limits; left out", brand.name(),
					required.dropped());
		}
		int variation = brief.variation();
		int seed = Math.floorMod(product.sku().hashCode(), 1 << 16);
		int lead = variation + brief.angle().ordinal();
		Map<String, List<String>> slots = slots(facts, CategoryKit.forCategory(this.kits, product.category()),
				variation, lead, excluded);
		TemplateBook.HookTemplates hook = this.book.forHook(brief.direction().hookName());
		List<String> headlines = usable((hook != null) ? hook.headlines() : templates.headlines(), facts);
		// Hook headlines are shared by all angles: start each angle at its own one.
		int headlineSeed = (hook != null) ? seed + brief.angle().ordinal() : seed;
		Filled headline = fill(templates.inTone(headlines, tones), headlines, headlineSeed, variation, 1, slots,
				HEADLINE_LIMIT, false, clean);
		if (TemplateBook.slotsOf(headline.template()).contains("p1")) {
			points(slots, facts, lead + 1);
		}
		String opening = (hook != null)
				? fill(hook.openings(), seed, variation, 1, slots, OPENING_LIMIT, false, clean).text() : "";
		List<String> bodies = usable(templates.bodies(), facts);
		Filled body = fill(templates.inTone(bodies, tones), bodies, seed, variation, 3, slots,
				required.bodyLimit() - CopyFitting.length(opening), true, clean);
		String call = required.call();
		if (call == null) {
			call = fill(templates.inTone(templates.calls(), tones), templates.calls(), seed, variation, 1, Map.of(),
					CALL_LIMIT, false, clean)
				.text();
		}
		return new Copy(headline.text(), required.appendTo(opening + body.text()), call,
				highlights(facts, brief.angle(), lead, excluded));
	}

	/**
	 * Templates that name no more selling points than the product has, so none repeats.
	 */
	private static List<String> usable(List<String> templates, ProductFacts facts) {
		int points = facts.points().size();
		List<String> usable = templates.stream().filter((template) -> {
			List<String> slots = TemplateBook.slotsOf(template);
			return (points >= 3 || !slots.contains("p3")) && (points >= 2 || !slots.contains("p2"));
		}).toList();
		return usable.isEmpty() ? templates : usable;
	}

	/**
	 * Fills one of the preferred templates (those in the brand's voice), else one of all.
	 */
	private static Filled fill(List<String> preferred, List<String> all, int seed, int variation, int step,
			Map<String, List<String>> slots, int limit, boolean sentence, Check clean) {
		if (preferred.size() < all.size()) {
			try {
				return fill(preferred, seed, variation, step, slots, limit, sentence, clean);
			}
			catch (IllegalStateException ex) {
				// none of the voice's templates writes clean copy for these facts
			}
		}
		return fill(all, seed, variation, step, slots, limit, sentence, clean);
	}

	/**
	 * Fills template {@code seed + step × variation}, or the next that writes clean copy;
	 * a step coprime with the number of templates gives every variation up to that number
	 * its own template.
	 */
	private static Filled fill(List<String> templates, int seed, int variation, int step,
			Map<String, List<String>> slots, int limit, boolean sentence, Check clean) {
		int size = templates.size();
		int stride = (gcd(step, size) == 1) ? step : 1;
		int first = Math.floorMod(seed + stride * variation, size);
		for (int tried = 0; tried < size; tried++) {
			String template = templates.get((first + tried) % size);
			String text = CopyFitting.fill(template, slots, limit, sentence);
			if (!text.isBlank() && clean.passes(text)) {
				return new Filled(template, text);
			}
		}
		throw new IllegalStateException("no template of " + size + " writes clean copy for these facts");
	}

	private static Map<String, List<String>> slots(ProductFacts facts, CategoryKit kit, int variation, int lead,
			RestrictedTerms excluded) {
		Map<String, List<String>> slots = new HashMap<>();
		slots.put("name", facts.name());
		slots.put("brand", List.of(facts.brand()));
		slots.put("noun", List.of(facts.noun().get(facts.noun().size() - 1)));
		slots.put("audience", facts.audience());
		slots.put("price", List.of(facts.price()));
		slots.put("scene", List.of(pick(clean(kit.scenes(), excluded), lead)));
		slots.put("scene2", List.of(pick(clean(kit.scenes(), excluded), lead + 1)));
		slots.put("occasion", List.of(pick(clean(kit.occasions(), excluded), variation)));
		slots.put("vibe", List.of(pick(clean(kit.vibes(), excluded), variation)));
		slots.put("craft", List.of(pick(clean(kit.crafts(), excluded), variation)));
		slots.put("feel", List.of(pick(clean(kit.feelings(), excluded), variation)));
		points(slots, facts, lead);
		return slots;
	}

	/** Puts the selling points from {@code first} on into {p1}, {p2} and {p3}. */
	private static void points(Map<String, List<String>> slots, ProductFacts facts, int first) {
		for (int i = 0; i < 3; i++) {
			slots.put("p" + (i + 1), pick(facts.points(), first + i));
		}
	}

	/**
	 * The selling points this copy leans on, led by the angle's own fact where it has one
	 * (the price, the audience): angles that list features show three, the others two.
	 */
	private static List<String> highlights(ProductFacts facts, Angle angle, int lead, RestrictedTerms excluded) {
		Set<String> chosen = new LinkedHashSet<>();
		if (angle == Angle.PRICE) {
			chosen.add("到手价" + facts.price());
		}
		if (angle == Angle.AUDIENCE && facts.namesAudience()) {
			chosen.add(facts.audience().get(facts.audience().size() - 1) + "适用");
		}
		List<List<String>> points = facts.points();
		int want = (angle == Angle.FUNCTION || !chosen.isEmpty()) ? 3 : 2;
		for (int i = 0; i < points.size() && chosen.size() < want; i++) {
			chosen.add(pick(points, lead + i).get(0));
		}
		if (chosen.size() < 2 && facts.namesAudience()) {
			chosen.add("适合" + facts.audience().get(facts.audience().size() - 1));
		}
		chosen.add(facts.brand() + facts.noun().get(facts.noun().size() - 1));
		List<String> fitting = new ArrayList<>();
		for (String highlight : chosen) {
			String text = CopyFitting.clip(highlight, ProductFacts.PHRASE_LIMIT, false);
			if (fitting.size() < want && !text.isBlank() && !excluded.foundIn(text) && !fitting.contains(text)) {
				fitting.add(text);
			}
		}
		return List.copyOf(fitting);
	}

	/** The words free of excluded terms, or all of them when none is. */
	private static List<String> clean(List<String> words, RestrictedTerms excluded) {
		List<String> clean = words.stream().filter((word) -> !excluded.foundIn(word)).toList();
		return clean.isEmpty() ? words : clean;
	}

	private static <T> T pick(List<T> values, int index) {
		return values.get(Math.floorMod(index, values.size()));
	}

	private static int gcd(int a, int b) {
		return (b == 0) ? a : gcd(b, a % b);
	}

	/**
	 * Whether filled text is free of restricted and avoided terms. The brand is exempt:
	 * it names the product, and a registered name is the inspection's call, not the
	 * writer's.
	 */
	@FunctionalInterface
	private interface Check {

		boolean passes(String text);

	}

	/** A template and the text it gave. */
	private record Filled(String template, String text) {
	}

}
