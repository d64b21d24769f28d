package io.aigcfactory.inspection.web;

import io.aigcfactory.inspection.compliance.ComplianceFunnel;
import io.aigcfactory.inspection.compliance.TextChecks;
import io.aigcfactory.platform.web.WebAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = TextCheckController.class)
@ImportAutoConfiguration(WebAutoConfiguration.class)
@Import(TextCheckControllerTests.Checks.class)
class TextCheckControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void rejectsAViolationWithEachFindingLocatedInTheText() throws Exception {
		post("/api/v1/inspections/text", "{\"text\":\"全网最 低价！销量🥇\",\"category\":\"数码/耳机\",\"channel\":\"douyin\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("REJECTED"))
			.andExpect(jsonPath("$.findings", hasSize(2)))
			.andExpect(jsonPath("$.findings[0].code").value("ABSOLUTE_TERM"))
			.andExpect(jsonPath("$.findings[0].category").value("superlative"))
			.andExpect(jsonPath("$.findings[0].severity").value("BLOCK"))
			.andExpect(jsonPath("$.findings[0].start").value(0))
			.andExpect(jsonPath("$.findings[0].end").value(6))
			.andExpect(jsonPath("$.findings[0].evidence").value("全网最 低价"))
			.andExpect(jsonPath("$.findings[0].legalBasis").value(org.hamcrest.Matchers.containsString("广告法")))
			.andExpect(jsonPath("$.findings[0].suggestion").isNotEmpty())
			.andExpect(jsonPath("$.findings[1].evidence").value("🥇"))
			.andExpect(jsonPath("$.checked", hasItem("classifier:off (only the lexicon and rules ran)")));
	}

	@Test
	void checksCopyAgainstTheRulesOfItsChannel() throws Exception {
		post("/api/v1/inspections/text", "{\"text\":\"加微信领取优惠券\",\"channel\":\"douyin\"}")
			.andExpect(jsonPath("$.verdict").value("REJECTED"))
			.andExpect(jsonPath("$.findings[0].code").value("OFF_PLATFORM_CONTACT"));
		post("/api/v1/inspections/text", "{\"text\":\"加微信领取优惠券\",\"channel\":\"taobao\"}")
			.andExpect(jsonPath("$.verdict").value("APPROVED"));
	}

	@Test
	void approvesCleanCopyAndAnEmptyText() throws Exception {
		post("/api/v1/inspections/text", "{\"text\":\"单层最大承重150kg，放微波炉也稳\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("APPROVED"))
			.andExpect(jsonPath("$.findings", hasSize(0)));
		post("/api/v1/inspections/text", "{\"text\":\"\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("APPROVED"));
	}

	@Test
	void findsCopyThatContradictsTheProductFacts() throws Exception {
		post("/api/v1/inspections/text", "{\"text\":\"续航长达50小时，500ml大容量\",\"facts\":[\"续航 40 小时\",\"容量 500ml\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("REJECTED"))
			.andExpect(jsonPath("$.findings", hasSize(1)))
			.andExpect(jsonPath("$.findings[0].code").value("FACT_MISMATCH"))
			.andExpect(jsonPath("$.findings[0].evidence").value("50小时"));
	}

	@Test
	void answersOddTextWithoutAnError() throws Exception {
		post("/api/v1/inspections/text", "{\"text\":\"最\\ud800佳 \\u0000\\u0007 control\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("REJECTED"))
			.andExpect(jsonPath("$.findings[0].evidence").value("最\uFFFD佳"));
		post("/api/v1/inspections/text", "{\"text\":\"Лучший 最好 العربية 😀 ｆｕｌｌ 𠀀\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("REJECTED"));
		post("/api/v1/inspections/text", "{\"text\":\"\\udfff\\ud800\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("APPROVED"));
	}

	@Test
	void refusesAMissingTextNamingTheField() throws Exception {
		post("/api/v1/inspections/text", "{\"category\":\"数码\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	@Test
	void refusesAnOverLongTextWith413NamingTheField() throws Exception {
		String megabyte = "好".repeat(1 << 20);
		post("/api/v1/inspections/text", "{\"text\":\"" + megabyte + "\"}").andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/payload-too-large"))
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	@Test
	void checksABatchInOrder() throws Exception {
		post("/api/v1/inspections/text:batch",
				"{\"texts\":[{\"text\":\"纯棉T恤\"},{\"text\":\"zui佳选择\"},{\"text\":\"醉佳选择\"}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].verdict")
				.value(org.hamcrest.Matchers.contains("APPROVED", "REJECTED", "REVIEW")));
	}

	@Test
	void refusesABatchOfMoreThanAThousandTextsNamingTheField() throws Exception {
		String texts = "{\"text\":\"a\"},".repeat(1001);
		post("/api/v1/inspections/text:batch", "{\"texts\":[" + texts.substring(0, texts.length() - 1) + "]}")
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].field").value("texts"));
		post("/api/v1/inspections/text:batch", "{\"texts\":[{\"text\":\"a\"},{\"category\":\"x\"}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("texts[1].text"));
	}

	private ResultActions post(String path, String body) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TextCheckSettings.class)
	static class Checks {

		@Bean
		TextChecks textChecks() {
			return new TextChecks(ComplianceFunnel.withDefaultLexicon(), null);
		}

	}

}
