package io.aigcfactory.creative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intake at catalog size, against real PostgreSQL: a 10,000-line batch with a few bad
 * lines stores every good line and names every bad one; a megabyte description is refused
 * by name. The listeners stay off: this is about intake, not the concepts that follow.
 */
@SpringBootTest(classes = CreativeApplication.class,
		properties = { "spring.config.name=creative-service", "spring.kafka.listener.auto-startup=false" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class BatchIntakeIntegrationTests {

	private static final Set<Integer> BAD_LINES = Set.of(17, 4242, 9999);

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative_batch");
		LocalRedis.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void acceptsTheGoodLinesOfTenThousandAndNamesTheBadOnes() throws Exception {
		List<String> lines = new ArrayList<>();
		for (int line = 1; line <= 10_000; line++) {
			String product = CreativeIntegrationTests.PRODUCT.replace("CUP-3003", "CUP-" + line);
			lines.add(BAD_LINES.contains(line) ? product.replace("\"price\":89.90", "\"price\":-1") : product);
		}
		long before = requirements();
		String body = this.mvc
			.perform(post("/api/v1/requirements/batch").contentType("application/x-ndjson")
				.content(String.join("\n", lines)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode problem = JsonMapper.shared().readTree(body);
		assertThat(problem.path("errors").findValues("line")).extracting(JsonNode::asInt)
			.containsExactly(17, 4242, 9999);
		assertThat(problem.path("errors").findValuesAsString("field")).containsOnly("price");
		assertThat(problem.path("accepted")).hasSize(9_997);
		assertThat(requirements() - before).isEqualTo(9_997);
	}

	@Test
	void refusesMoreThanTenThousandLines() throws Exception {
		String line = CreativeIntegrationTests.PRODUCT + "\n";
		this.mvc
			.perform(post("/api/v1/requirements/batch").contentType("application/jsonl").content(line.repeat(10_001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void refusesAMegabyteDescriptionByName() throws Exception {
		String product = CreativeIntegrationTests.PRODUCT.replace("\"audience\"",
				"\"description\":\"" + "很".repeat(1_000_000) + "\",\"audience\"");
		long before = requirements();
		this.mvc.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON).content(product))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		assertThat(requirements()).isEqualTo(before);
	}

	private long requirements() {
		return this.jdbc.sql("select count(*) from requirements").query(Long.class).single();
	}

}
