package io.aigcfactory.test.kserve;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code llm} test model: a deterministic stand-in for an instruction-tuned LLM that
 * writes ad concepts. It reads the rendered prompt, takes the product's fields from the
 * JSON data block of the user turn (between {@code <<<FENCE} and {@code FENCE>>>}) and
 * the angle and version from the instructions, and answers one concept as JSON built from
 * those fields, within the platform's copy lengths: each angle writes its body its own
 * way, and each angle and rewrite leads with another selling point. The same prompt
 * always gets the same answer; a different product gets different copy. A prompt without
 * a data block gets a concept derived from the prompt's hash.
 */
public final class LlmTestModel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DATA = Pattern.compile("<<<([A-Za-z0-9-]+)\\n(.*?)\\n\\1>>>", Pattern.DOTALL);

	private static final Pattern ANGLE = Pattern.compile("angle[^\"\\n]{0,12}\"([A-Z]+)\"");

	private static final Pattern VERSION = Pattern.compile("第 (\\d+) 版");

	/** The angles in their order, each with the body its copy is written in. */
	private static final Map<String, String> OPENERS = openers();

	private static final Map<String, String> CALLS = Map.of("FUNCTION", "立即选购", "SCENARIO", "现在入手", "AUDIENCE", "为自己下单",
			"PRICE", "马上下单", "EMOTION", "带它回家", "QUALITY", "看看细节", "GIFTING", "挑份礼物", "TREND", "一起入手");

	private LlmTestModel() {
	}

	/**
	 * A decoupled model with the vLLM backend's tensors, what {@code TritonChatModel}
	 * speaks: it streams the answer in chunks of 16 characters.
	 */
	public static TestModel decoupled(String name) {
		return TestModels.vllmDecoupled(name, (batch, inputs) -> {
			String answer = answer(prompts(inputs).get(0));
			List<List<TestTensor>> responses = new ArrayList<>();
			for (int i = 0; i < answer.length(); i += 16) {
				String chunk = answer.substring(i, Math.min(answer.length(), i + 16));
				responses
					.add(List.of(new TestTensor("text_output", "BYTES", new long[] { 1 }, TestModels.bytes(chunk))));
			}
			return responses;
		});
	}

	/**
	 * A batching model with text tensors in the TensorRT-LLM ensemble's shape
	 * ({@code text_input} BYTES [-1, 1] in, {@code text_output} BYTES [-1, 1] out), which
	 * answers every prompt of a batch at once, for a cost of {@code a + b × batch}.
	 */
	public static TestModel batched(String name, int maxBatchSize, Duration a, Duration b) {
		return new TestModel(name, List.of(new TestTensorSpec("text_input", "BYTES", -1, 1)),
				List.of(new TestTensorSpec("text_output", "BYTES", -1, 1)), maxBatchSize, a, b, 1, false,
				(batch, inputs) -> {
					List<String> prompts = prompts(inputs);
					if (prompts.size() != batch) {
						throw new IllegalArgumentException(
								"text_input holds " + prompts.size() + " prompts for a batch of " + batch);
					}
					com.google.protobuf.ByteString out = com.google.protobuf.ByteString.EMPTY;
					for (String prompt : prompts) {
						out = out.concat(TestModels.bytes(answer(prompt)));
					}
					return List.of(List.of(new TestTensor("text_output", "BYTES", new long[] { batch, 1 }, out)));
				});
	}

	private static List<String> prompts(List<TestTensor> inputs) {
		TestTensor text = inputs.stream()
			.filter((t) -> t.name().equals("text_input"))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("text_input is required"));
		return TestModels.bytesElements(text.raw())
			.stream()
			.map((bytes) -> new String(bytes, StandardCharsets.UTF_8))
			.toList();
	}

	/** The concept JSON the model answers a prompt with. */
	public static String answer(String prompt) {
		Matcher angle = ANGLE.matcher(prompt);
		String angleName = angle.find() ? angle.group(1) : "FUNCTION";
		Matcher data = DATA.matcher(prompt);
		JsonNode product = null;
		if (data.find()) {
			try {
				product = JSON.readTree(data.group(2));
			}
			catch (JacksonException ex) {
				product = null;
			}
		}
		Matcher version = VERSION.matcher(prompt);
		int rewrite = version.find() ? Integer.parseInt(version.group(1)) - 1 : 0;
		Map<String, Object> concept = (product != null && product.isObject()) ? fromProduct(product, angleName, rewrite)
				: fromHash(prompt, angleName);
		return JSON.writeValueAsString(concept);
	}

	private static Map<String, Object> fromProduct(JsonNode product, String angle, int rewrite) {
		String title = text(product, "title", "好物");
		String brand = text(product, "brand", "");
		String category = text(product, "category", "好物");
		String leaf = category.substring(category.lastIndexOf('/') + 1);
		List<String> points = new ArrayList<>();
		JsonNode selling = product.get("sellingPoints");
		if (selling != null && selling.isArray()) {
			selling.values().forEach((point) -> points.add(point.asString()));
		}
		if (points.isEmpty()) {
			points.add(leaf);
		}
		String audience = text(product, "audience", "");
		String price = text(product, "price", "");
		List<String> angles = List.copyOf(OPENERS.keySet());
		int turn = Math.max(0, angles.indexOf(angle)) + rewrite;
		String lead = points.get(turn % points.size());
		String next = points.get((turn + 1) % points.size());
		String headline = clip(brand + lead, 18);
		String body = OPENERS.getOrDefault(angle, "{title}，{points}，适合{audience}")
			.replace("{title}", title)
			.replace("{points}", String.join("，", points))
			.replace("{p1}", lead)
			.replace("{p2}", next)
			.replace("{audience}", audience.isEmpty() ? "你" : audience)
			.replace("{price}", price)
			.replace("{brand}", brand)
			.replace("{leaf}", leaf);
		body = clip(body, 59) + "。";
		List<String> highlights = new ArrayList<>();
		for (int i = 0; i < points.size() && highlights.size() < 3; i++) {
			String point = clip(points.get((turn + i) % points.size()), 12);
			if (!highlights.contains(point)) {
				highlights.add(point);
			}
		}
		if ("PRICE".equals(angle) && !price.isEmpty()) {
			highlights.add(0, clip("到手价" + price, 12));
			highlights = highlights.subList(0, Math.min(3, highlights.size()));
		}
		Map<String, Object> concept = new LinkedHashMap<>();
		concept.put("angle", angle);
		concept.put("headline", headline);
		concept.put("body", body);
		concept.put("highlights", highlights);
		concept.put("callToAction", CALLS.getOrDefault(angle, "立即选购"));
		concept.put("hashtags", List.of(clip(brand.isEmpty() ? leaf : brand, 12), clip(leaf, 12)));
		concept.put("scenePrompt", "e-commerce product photography backdrop for " + clip(leaf, 40)
				+ ", empty podium, soft studio light, " + Integer.toHexString((title + lead).hashCode()));
		concept.put("negativePrompt", "text, watermark, logo, people, hands, blurry");
		return concept;
	}

	private static Map<String, Object> fromHash(String prompt, String angle) {
		String tag = Integer.toHexString(prompt.hashCode());
		Map<String, Object> concept = new LinkedHashMap<>();
		concept.put("angle", angle);
		concept.put("headline", "好物推荐 " + tag);
		concept.put("body", "这是根据提示词 " + tag + " 写的文案。");
		concept.put("highlights", List.of("品质之选"));
		concept.put("callToAction", "立即选购");
		concept.put("hashtags", List.of());
		concept.put("scenePrompt", "product photography backdrop " + tag);
		concept.put("negativePrompt", "text, watermark");
		return concept;
	}

	private static Map<String, String> openers() {
		Map<String, String> openers = new LinkedHashMap<>();
		openers.put("FUNCTION", "{title}，{points}，适合{audience}");
		openers.put("SCENARIO", "出门、居家、办公都用得上：{p1}，{p2}，{audience}的日常好帮手");
		openers.put("AUDIENCE", "专为{audience}挑选：{p1}，{p2}，用起来刚刚好");
		openers.put("PRICE", "到手只要{price}元，{p1}、{p2}一样不少");
		openers.put("EMOTION", "把{p1}的安心交给{audience}，每天多一点好心情");
		openers.put("QUALITY", "{brand}用心做{leaf}：{p1}，{p2}，细节经得起看");
		openers.put("GIFTING", "送给在乎的人：{brand}{leaf}，{p1}，体面又实用");
		openers.put("TREND", "今年都在用的{leaf}：{p1}，{p2}，跟上好节奏");
		return openers;
	}

	private static String text(JsonNode node, String field, String otherwise) {
		JsonNode value = node.get(field);
		return (value != null && value.isString() && !value.stringValue().isBlank()) ? value.stringValue().strip()
				: otherwise;
	}

	private static String clip(String text, int limit) {
		int[] points = text.codePoints().toArray();
		return (points.length <= limit) ? text : new String(points, 0, limit);
	}

}
