package io.aigcfactory.creative.concept.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.CopyLimits;
import io.aigcfactory.creative.concept.ScenePrompts;
import io.aigcfactory.creative.concept.template.RestrictedTerms;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Scene;
import io.aigcfactory.glyphs.Glyphs;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a model's answer before it becomes a concept: one JSON object with every field
 * of the schema, the brief's angle, the copy length limits, no restricted, avoided or
 * brand-banned term, the brand's required phrases, and neither the canary, the fence nor
 * a sentence of the instructions anywhere in it. A Markdown fence or prose around the
 * object is cut away; anything else wrong is a problem for the repair round.
 */
final class ConceptCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int SCENE_LIMIT = 400;

	/** Instruction sentences shorter than this may occur in copy by chance. */
	private static final int LEAK_FRAGMENT = 10;

	private final RestrictedTerms restricted;

	ConceptCheck(RestrictedTerms restricted) {
		this.restricted = restricted;
	}

	CheckedConcept check(String answer, ConceptBrief brief, ConceptPrompt prompt) {
		if (leaks(answer, prompt)) {
			return new CheckedConcept.Rejected(List.of("输出包含机密标记或系统消息的内容，这是不允许的"), true);
		}
		JsonNode root;
		try {
			root = JSON.readTree(objectIn(answer));
		}
		catch (JacksonException ex) {
			return new CheckedConcept.Rejected(List.of("输出不是合法的 JSON 对象"), false);
		}
		if (root == null || !root.isObject()) {
			return new CheckedConcept.Rejected(List.of("输出不是 JSON 对象"), false);
		}
		List<String> problems = new ArrayList<>();
		for (String field : ConceptSchema.FIELDS) {
			if (!root.has(field)) {
				problems.add("缺少字段 " + field);
			}
		}
		for (String field : root.propertyNames()) {
			if (!ConceptSchema.FIELDS.contains(field)) {
				problems.add("多余字段（不在 schema 中）");
				break;
			}
		}
		if (!problems.isEmpty()) {
			return new CheckedConcept.Rejected(problems, false);
		}
		String angle = text(root, "angle", problems);
		if (angle != null && !angle.strip().toUpperCase(Locale.ROOT).equals(brief.angle().name())
				&& !angle.strip().equals(brief.angle().label())) {
			problems.add("angle 必须是 " + brief.angle().name());
		}
		String headline = limited(root, "headline", CopyLimits.HEADLINE, problems);
		String body = limited(root, "body", CopyLimits.BODY, problems);
		String call = limited(root, "callToAction", CopyLimits.CALL_TO_ACTION, problems);
		List<String> highlights = list(root, "highlights", 1, CopyLimits.HIGHLIGHTS, CopyLimits.HIGHLIGHT, problems);
		List<String> hashtags = list(root, "hashtags", 0, CopyLimits.HASHTAGS, CopyLimits.HASHTAG, problems);
		String scene = limited(root, "scenePrompt", SCENE_LIMIT, problems);
		String negative = text(root, "negativePrompt", problems);
		if (!problems.isEmpty() || headline == null || body == null || call == null || scene == null
				|| negative == null) {
			return new CheckedConcept.Rejected(problems, false);
		}
		hashtags = hashtags.stream().map((tag) -> tag.startsWith("#") ? tag.substring(1) : tag).toList();
		Copy copy = new Copy(headline.strip(), body.strip(), call.strip(), highlights, hashtags);
		terms(copy, scene + "\n" + negative, brief, problems);
		List<Integer> undrawable = Glyphs.bundled().undrawable(copy.fullText());
		if (!undrawable.isEmpty()) {
			// Production could not draw it into the image; ask for copy without it.
			problems.add("文案包含无法绘制的字符（如 emoji），请去掉：" + Glyphs.describe(undrawable));
		}
		if (!problems.isEmpty()) {
			return new CheckedConcept.Rejected(problems, false);
		}
		return new CheckedConcept.Accepted(copy, new Scene(scene.strip(), negative.strip(), ScenePrompts.seed(brief)));
	}

	private void terms(Copy copy, String scene, ConceptBrief brief, List<String> problems) {
		String brand = brief.product().brand();
		String text = copy.fullText() + "\n" + String.join("\n", copy.hashtags());
		RestrictedTerms excluded = this.restricted.and(brief.avoidTerms());
		if (brief.brand() != null) {
			excluded = excluded.and(brief.brand().bannedWords());
		}
		// The brand names the product; whether a registered name may stand is the
		// inspection's call, as for the template writer.
		List<String> found = excluded.foundTerms(text.replace(brand, "｜") + "\n" + scene.replace(brand, "｜"));
		if (!found.isEmpty()) {
			problems.add("使用了不允许的词：" + String.join("、", found));
		}
		if (brief.brand() != null) {
			String copyText = RestrictedTerms.fold(copy.fullText());
			for (String phrase : brief.brand().requiredPhrases()) {
				if (!copyText.contains(RestrictedTerms.fold(phrase))) {
					problems.add("文案缺少品牌要求的短语（见系统消息）");
					break;
				}
			}
		}
	}

	/**
	 * Whether the answer shows the canary, the fence or a sentence of the instructions,
	 * compared folded so that spacing, case and width do not hide one.
	 */
	static boolean leaks(String answer, ConceptPrompt prompt) {
		String folded = RestrictedTerms.fold(answer);
		String canary = RestrictedTerms.fold(prompt.canary());
		if (folded.contains(canary) || folded.contains(canary.substring("canary".length()))
				|| folded.contains(RestrictedTerms.fold(prompt.fence()))) {
			return true;
		}
		for (String instruction : prompt.instructions()) {
			for (String sentence : instruction.split("[。；：;:！!？?\\n]")) {
				String fragment = RestrictedTerms.fold(sentence);
				if (fragment.length() >= LEAK_FRAGMENT && folded.contains(fragment)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The JSON object in an answer, without a Markdown fence or prose around it. */
	static String objectIn(String answer) {
		int start = answer.indexOf('{');
		int end = answer.lastIndexOf('}');
		return (start >= 0 && end > start) ? answer.substring(start, end + 1) : answer;
	}

	private static @Nullable String text(JsonNode root, String field, List<String> problems) {
		JsonNode node = root.get(field);
		if (node == null || !node.isString() || node.stringValue().isBlank()) {
			problems.add(field + " 必须是非空字符串");
			return null;
		}
		return node.stringValue();
	}

	private static @Nullable String limited(JsonNode root, String field, int limit, List<String> problems) {
		String value = text(root, field, problems);
		if (value != null && CopyLimits.length(value.strip()) > limit) {
			problems.add(field + " 超过 " + limit + " 个字（" + CopyLimits.length(value.strip()) + "）");
		}
		return value;
	}

	private static List<String> list(JsonNode root, String field, int min, int max, int limit, List<String> problems) {
		JsonNode node = root.get(field);
		if (node == null || !node.isArray()) {
			problems.add(field + " 必须是字符串数组");
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (JsonNode item : node.values()) {
			if (!item.isString() || item.stringValue().isBlank()) {
				problems.add(field + " 的每一项必须是非空字符串");
				return List.of();
			}
			String value = item.stringValue().strip();
			if (CopyLimits.length(value) > limit) {
				problems.add(field + " 的每一项不超过 " + limit + " 个字");
				return List.of();
			}
			values.add(value);
		}
		if (values.size() < min || values.size() > max) {
			problems.add(field + " 要写 " + min + " 到 " + max + " 项");
		}
		return values;
	}

}
