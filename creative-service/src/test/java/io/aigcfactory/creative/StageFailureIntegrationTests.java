package io.aigcfactory.creative;

import java.time.Duration;
import java.util.List;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The creative service against real PostgreSQL, Redis and Kafka, with the test in the
 * place of production and inspection: a concept production gives up on ends the
 * requirement PARTIAL or FAILED within seconds, listed with its stage and reason, and the
 * retry endpoint re-drives it.
 */
@SpringBootTest(classes = CreativeApplication.class, properties = "spring.config.name=creative-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class StageFailureIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative");
		LocalRedis.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	TopicProbe concepts;

	@BeforeEach
	void probe() {
		this.concepts = new TopicProbe(this.brokers, Topics.CONCEPT.name());
	}

	@AfterEach
	void closeProbe() {
		this.concepts.close();
	}

	@Test
	void endsPartialWithTheFailureNamedAndARetryRedrivesIt() throws Exception {
		String id = submit();
		List<ConceptCreated> first = awaitConcepts(id, 3);
		approve(first.get(0));
		approve(first.get(1));
		fail(first.get(2));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode progress = progress(id);
			assertThat(progress.path("status").asString()).isEqualTo("PARTIAL");
			assertThat(progress.path("completedAt").isNull()).isFalse();
		});
		JsonNode progress = progress(id);
		assertThat(progress.path("stages").path("failed").asInt()).isEqualTo(1);
		JsonNode failure = progress.path("failures").get(0);
		assertThat(failure.path("conceptId").asString()).isEqualTo(first.get(2).conceptId().toString());
		assertThat(failure.path("stage").asString()).isEqualTo("production");
		assertThat(failure.path("reason").asString()).isEqualTo("UNRENDERABLE_TEXT");
		assertThat(failure.path("detail").asString()).contains("U+20000");
		assertThat(failure.path("retriedAt").isNull()).isTrue();
		assertThat(progress.path("links").path("retry").asString()).isEqualTo("/api/v1/requirements/" + id + "/retry");
		assertThat(this.jdbc.sql("select status from requirements where id = ?::uuid")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("PARTIAL");

		this.mvc.perform(post("/api/v1/requirements/" + id + "/retry"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.conceptsWritten").value(1));
		List<ConceptCreated> all = awaitConcepts(id, 4);
		ConceptCreated replacement = all.get(3);
		assertThat(replacement.attempt()).isEqualTo(2);
		JsonNode retried = progress(id);
		assertThat(retried.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(retried.path("failures").get(0).path("retriedAt").isNull()).isFalse();
		assertThat(retried.path("links").has("retry")).isFalse();

		this.mvc.perform(post("/api/v1/requirements/" + id + "/retry"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		approve(replacement);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(progress(id).path("status").asString()).isEqualTo("COMPLETED"));
		assertThat(progress(id).path("stages").path("approved").asInt()).isEqualTo(3);
	}

	@Test
	void failsWhenProductionGivesUpOnEveryConcept() throws Exception {
		String id = submit();
		for (ConceptCreated concept : awaitConcepts(id, 3)) {
			fail(concept);
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(progress(id).path("status").asString()).isEqualTo("FAILED"));
		assertThat(progress(id).path("failures")).hasSize(3);
		assertThat(this.jdbc.sql("select count(*) from concept_failures where requirement_id = ?::uuid")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void countsAFailureDeliveredTwiceOnce() throws Exception {
		String id = submit();
		List<ConceptCreated> first = awaitConcepts(id, 3);
		StageFailed failed = failure(first.get(0));
		send(failed);
		send(new StageFailed(EventMetadata.now("default"), failed.requirementId(), failed.conceptId(), null, 1,
				failed.stage(), failed.reason(), failed.detail(), 1));
		approve(first.get(1));
		approve(first.get(2));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(progress(id).path("status").asString()).isEqualTo("PARTIAL"));
		assertThat(progress(id).path("failures")).hasSize(1);
		assertThat(progress(id).path("stages").path("failed").asInt()).isEqualTo(1);
	}

	@Test
	void answersARetryOfAnUnknownRequirementOrOneWithNothingFailedWithAProblem() throws Exception {
		this.mvc.perform(post("/api/v1/requirements/019a8f10-0000-7000-8000-00000000ffff/retry"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String id = submit();
		awaitConcepts(id, 3);
		this.mvc.perform(post("/api/v1/requirements/" + id + "/retry"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no failed concept")));
		this.mvc.perform(post("/api/v1/requirements/" + id + "/retry").header("X-Tenant-Id", "other"))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesABrandNoBundledFontCanDrawNamingTheFieldAndCodePointAndStoresNothing() throws Exception {
		String sku = "GLYPH-" + System.nanoTime();
		String product = CreativeIntegrationTests.PRODUCT.replace("CUP-3003", sku)
			.replace("\"brand\":\"暖暖\"", "\"brand\":\"暖暖\uD840\uDC00\"");
		this.mvc.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON).content(product))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("brand"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("U+20000")));
		assertThat(
				this.jdbc.sql("select count(*) from requirements where sku = ?").param(sku).query(Long.class).single())
			.isZero();
	}

	private String submit() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON)
				.content(CreativeIntegrationTests.PRODUCT))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.shared().readTree(body).path("requirementId").asString();
	}

	private JsonNode progress(String id) throws Exception {
		return JsonMapper.shared()
			.readTree(
					this.mvc.perform(get("/api/v1/requirements/" + id)).andReturn().getResponse().getContentAsString());
	}

	private List<ConceptCreated> awaitConcepts(String requirement, int count) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.concepts.records()
				.stream()
				.filter((record) -> record.key().equals(requirement))
				.map((record) -> (ConceptCreated) EventCodec.decode(record.value(), ConceptEvent.class))
				.toList(), (written) -> written.size() >= count);
	}

	private void approve(ConceptCreated concept) throws Exception {
		List<Rendition> renditions = List
			.of(new Rendition(RenditionKind.COPY, "copy.txt", "blob:x/copy.txt", "text/plain", 0, 0, 10, "00"));
		AssetProduced produced = new AssetProduced(EventMetadata.now("default"), concept.requirementId(),
				AssetId.next(), concept.conceptId(), concept.attempt(), concept.angle(), concept.product().summary(),
				concept.copy(), renditions, concept.channels());
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(produced), produced).get();
		AssetInspected inspected = new AssetInspected(EventMetadata.now("default"), produced.requirementId(),
				produced.assetId(), produced.conceptId(), produced.attempt(), produced.angle(), Verdict.APPROVED,
				List.of(), produced.product(), produced.renditions(), produced.channels());
		this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(inspected), inspected).get();
	}

	private void fail(ConceptCreated concept) throws Exception {
		send(failure(concept));
	}

	private static StageFailed failure(ConceptCreated concept) {
		return new StageFailed(EventMetadata.now("default"), concept.requirementId(), concept.conceptId(), null,
				concept.attempt(), "production", "UNRENDERABLE_TEXT", "No available font can draw: 𠀀 (U+20000)", 1);
	}

	private void send(StageFailed failed) throws Exception {
		this.kafka.send(Topics.FAILURE.name(), Topics.FAILURE.keyFor(failed), failed).get();
	}

}
