package io.aigcfactory.creative;

import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily variant quota per tenant: a submission past it is a 429 with Retry-After, the
 * lines of a batch past it are refused by line, and other tenants keep their own quota.
 */
@SpringBootTest(classes = CreativeApplication.class,
		properties = { "spring.config.name=creative-service", "spring.kafka.listener.auto-startup=false",
				"aigc.creative.quota.variants-per-day=5" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class VariantQuotaIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative_quota");
		LocalRedis.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void refusesASubmissionPastTheTenantsQuotaWith429() throws Exception {
		submit("quota-a", 3).andExpect(status().isAccepted());
		submit("quota-a", 3).andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "3600"))
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/quota-exceeded"));
		submit("quota-a", 2).andExpect(status().isAccepted());
		submit("quota-b", 5).andExpect(status().isAccepted());
	}

	@Test
	void refusesTheLinesOfABatchPastTheQuotaByLine() throws Exception {
		String lines = String.join("\n", product(2), product(2), product(2));
		this.mvc
			.perform(asTenant(post("/api/v1/requirements/batch"), "quota-c").contentType("application/jsonl")
				.content(lines))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.accepted.length()").value(2))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("variantCount"));
	}

	private ResultActions submit(String tenant, int variants) throws Exception {
		return this.mvc.perform(asTenant(post("/api/v1/requirements"), tenant).contentType(MediaType.APPLICATION_JSON)
			.content(product(variants)));
	}

	/** A request as the gateway sends it for a tenant (common/test signs it). */
	private static MockHttpServletRequestBuilder asTenant(MockHttpServletRequestBuilder request, String tenant) {
		return request.header("X-Tenant-Id", tenant);
	}

	private static String product(int variants) {
		return CreativeIntegrationTests.PRODUCT.replace("\"variantCount\":3", "\"variantCount\":" + variants);
	}

}
