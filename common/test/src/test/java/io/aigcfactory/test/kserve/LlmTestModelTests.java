package io.aigcfactory.test.kserve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class LlmTestModelTests {

	private static final String DATA = "{\"title\":\"暖暖 保温杯\",\"brand\":\"暖暖\",\"category\":\"家居/杯具\","
			+ "\"price\":\"89.90\",\"sellingPoints\":[\"12小时保温\",\"316不锈钢\"],\"audience\":\"上班族\"}";

	@Test
	void answersAConceptBuiltFromTheDataBlockTheSameWayEveryTime() {
		String prompt = prompt("FUNCTION", 1);
		JsonNode concept = JsonMapper.shared().readTree(LlmTestModel.answer(prompt));
		assertThat(concept.path("angle").asString()).isEqualTo("FUNCTION");
		assertThat(concept.path("headline").asString()).isEqualTo("暖暖12小时保温");
		assertThat(concept.path("body").asString()).contains("暖暖 保温杯").contains("316不锈钢").endsWith("。");
		assertThat(concept.path("scenePrompt").asString()).contains("杯具");
		assertThat(LlmTestModel.answer(prompt)).isEqualTo(LlmTestModel.answer(prompt));
	}

	@Test
	void anotherAngleOrRewriteLeadsDifferently() {
		String function = LlmTestModel.answer(prompt("FUNCTION", 1));
		String scenario = LlmTestModel.answer(prompt("SCENARIO", 1));
		String rewrite = LlmTestModel.answer(prompt("FUNCTION", 2));
		assertThat(JsonMapper.shared().readTree(scenario).path("headline").asString()).isEqualTo("暖暖316不锈钢");
		assertThat(JsonMapper.shared().readTree(rewrite).path("headline").asString()).isEqualTo("暖暖316不锈钢");
		assertThat(scenario).isNotEqualTo(function).isNotEqualTo(rewrite);
	}

	@Test
	void aPromptWithoutDataGetsAConceptFromItsHash() {
		assertThat(LlmTestModel.answer("hello")).isNotEqualTo(LlmTestModel.answer("hallo")).contains("\"headline\"");
	}

	private static String prompt(String angle, int version) {
		return "<|im_start|>system\nangle 必须是 \"" + angle + "\"<|im_end|>\n<|im_start|>user\n<<<DATA-ab12\n" + DATA
				+ "\nDATA-ab12>>>\n请写第 " + version + " 版<|im_end|>\n<|im_start|>assistant\n";
	}

}
