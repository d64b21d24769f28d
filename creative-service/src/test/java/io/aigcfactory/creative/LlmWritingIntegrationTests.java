package io.aigcfactory.creative;

import java.time.Duration;
import java.util.List;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Topics;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import io.aigcfactory.test.TopicProbe;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.LlmTestModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The creative service writing through a Triton-hosted LLM (the KServe test server's
 * {@code llm} model on a socket) with a requirement budget that one call spends: the
 * first concept is the model's, the others the templates', with the reason on each
 * concept and in the progress view.
 */
@SpringBootTest(classes = CreativeApplication.class, properties = "spring.config.name=creative-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class LlmWritingIntegrationTests {

	static final KServeTestServer TRITON = KServeTestServer.onSocket(LlmTestModel.decoupled("llm"));

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative");
		LocalRedis.register(registry);
		registry.add("aigc.creative.llm.provider", () -> "triton");
		registry.add("aigc.creative.llm.model", () -> "llm");
		registry.add("aigc.creative.llm.budget.requirement-tokens", () -> "1");
		registry.add("aigc.inference.models.llm.endpoints", TRITON::target);
		registry.add("aigc.inference.models.llm.decoupled", () -> "true");
		registry.add("aigc.inference.models.llm.max-batch-size", () -> "0");
	}

	@AfterAll
	static void stop() {
		TRITON.close();
	}

	@Autowired
	MockMvc mvc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void theModelWritesUntilTheBudgetIsSpentAndProgressSaysWhy() throws Exception {
		try (TopicProbe concepts = new TopicProbe(this.brokers, Topics.CONCEPT.name())) {
			String body = this.mvc
				.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON)
					.content(CreativeIntegrationTests.PRODUCT))
				.andExpect(status().isAccepted())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String id = JsonMapper.shared().readTree(body).path("requirementId").asString();
			List<ConceptCreated> written = await().atMost(Duration.ofSeconds(60))
				.until(() -> concepts.records()
					.stream()
					.filter((record) -> record.key().equals(id))
					.map((record) -> (ConceptCreated) EventCodec.decode(record.value(), ConceptEvent.class))
					.toList(), (all) -> all.size() >= 3);
			assertThat(written).filteredOn((concept) -> concept.authorship().writer().equals("llm"))
				.singleElement()
				.satisfies((concept) -> {
					assertThat(concept.authorship().model()).isEqualTo("llm");
					assertThat(concept.copy().headline()).isIn("暖暖12 小时保温", "暖暖一键开盖单手喝", "暖暖316 不锈钢内胆");
					assertThat(concept.copy().body()).containsAnyOf("12 小时保温", "一键开盖单手喝", "316 不锈钢内胆");
					assertThat(concept.scene().prompt()).contains("杯具");
				});
			assertThat(written).filteredOn((concept) -> concept.authorship().fellBack())
				.hasSize(2)
				.allSatisfy((concept) -> assertThat(concept.authorship().fallbackReason())
					.startsWith("token budget of requirement " + id + " spent"));
			JsonNode progress = JsonMapper.shared()
				.readTree(this.mvc.perform(get("/api/v1/requirements/" + id))
					.andReturn()
					.getResponse()
					.getContentAsString());
			JsonNode writing = progress.path("writing");
			assertThat(writing.path("byModel").asInt()).isEqualTo(1);
			assertThat(writing.path("byTemplate").asInt()).isEqualTo(2);
			assertThat(writing.path("fallbacks").asInt()).isEqualTo(2);
			assertThat(writing.path("fallbackReasons").get(0).asString())
				.startsWith("token budget of requirement " + id + " spent");
		}
	}

}
