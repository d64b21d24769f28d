package io.aigcfactory.creative;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.InsightUpdated;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The creative service against real PostgreSQL, Redis and Kafka: intake with its errors
 * and idempotency, the first round of concepts, replacements for rejected assets,
 * completion and the progress report.
 */
@SpringBootTest(classes = CreativeApplication.class, properties = "spring.config.name=creative-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class CreativeIntegrationTests {

	static final String PRODUCT = """
			{"sku":"CUP-3003","title":"暖暖 316 不锈钢保温杯 500ml","brand":"暖暖","category":"家居/杯具","price":89.90,
			 "sellingPoints":["12 小时保温","一键开盖单手喝","316 不锈钢内胆"],"audience":"上班族和学生",
			 "channels":["taobao","jd"],"variantCount":3}""".replace("\n", "");

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
	void writesAConceptPerWantedAssetEachFromAnotherAngle() throws Exception {
		String id = submit(PRODUCT);
		List<ConceptCreated> written = awaitConcepts(id, 3);
		assertThat(written).extracting(ConceptCreated::angle).doesNotHaveDuplicates();
		assertThat(written).extracting(ConceptCreated::direction).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(written).allSatisfy((concept) -> {
			assertThat(concept.direction())
				.startsWith(concept.angle().name().toLowerCase() + "." + concept.style() + ".");
			assertThat(concept.attempt()).isEqualTo(1);
			assertThat(concept.channels()).containsExactly("taobao", "jd");
			assertThat(concept.copy().fullText()).isNotBlank();
		});
		this.mvc.perform(get("/api/v1/requirements/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.stages.concepts").value(3));
		JsonNode concepts = progress(id).path("concepts");
		assertThat(concepts).hasSize(3).allSatisfy((concept) -> {
			assertThat(written).extracting(ConceptCreated::direction).contains(concept.path("direction").asString());
			assertThat(concept.path("explanation").asString()).startsWith("explored");
		});
	}

	@Test
	void ranksAnglesByTheInsightsOfTheirChannelsAndExplainsTheChoice() throws Exception {
		String category = "家居/杯具-" + UUID.randomUUID().toString().substring(0, 8);
		List<AngleInsight> figures = new java.util.ArrayList<>();
		for (Angle angle : Angle.values()) {
			long clicks = (angle == Angle.GIFTING) ? 2000 : 200;
			figures.add(new AngleInsight(angle, "taobao", 5, 20_000, clicks, clicks / 10));
			figures.add(new AngleInsight(angle, "jd", 5, 20_000, clicks, clicks / 10));
		}
		InsightUpdated insight = new InsightUpdated(EventMetadata.now("default"), category, figures);
		this.kafka.send(Topics.INSIGHT.name(), Topics.INSIGHT.keyFor(insight), insight).get();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from angle_statistics where category = ?")
				.param(category)
				.query(Long.class)
				.single(), (rows) -> rows == 16);

		String id = submit(PRODUCT.replace("家居/杯具", category));
		List<ConceptCreated> written = awaitConcepts(id, 3);
		assertThat(written).extracting(ConceptCreated::angle).contains(Angle.GIFTING);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(progress(id).path("concepts"))
				.filteredOn((concept) -> concept.path("angle").asString().equals("GIFTING"))
				.singleElement()
				.satisfies((concept) -> assertThat(concept.path("explanation").asString())
					.startsWith("chosen because 送礼 has CTR 10.0% and 10.0% conversions per click over 40,000 "
							+ "impressions on taobao, jd (posterior sample 0.1")));
	}

	@Test
	void replacesARejectedAssetAndCompletesWhenEnoughAreApproved() throws Exception {
		String id = submit(PRODUCT);
		List<ConceptCreated> first = awaitConcepts(id, 3);
		AssetProduced rejected = produce(first.get(0));
		inspect(rejected, Verdict.REJECTED,
				List.of(new Finding(Finding.Stage.COMPLIANCE, "ABSOLUTE_TERM", "绝对化用语", "一键开盖单手喝")));

		List<ConceptCreated> all = awaitConcepts(id, 4);
		ConceptCreated replacement = all.get(3);
		assertThat(replacement.attempt()).isEqualTo(2);
		assertThat(replacement.angle()).isNotIn(first.stream().map(ConceptCreated::angle).toList());
		assertThat(replacement.copy().fullText()).doesNotContain("一键开盖单手喝");

		AssetProduced approved = null;
		for (ConceptCreated concept : List.of(first.get(1), first.get(2), replacement)) {
			approved = produce(concept);
			inspect(approved, Verdict.APPROVED, List.of());
		}
		AssetPublished published = new AssetPublished(EventMetadata.now("default"), approved.assetId(),
				approved.requirementId(), "taobao", "AUD/x", approved.angle(), approved.product());
		this.kafka.send(Topics.PUBLICATION.name(), Topics.PUBLICATION.keyFor(published), published).get();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode progress = progress(id);
			assertThat(progress.path("status").asString()).isEqualTo("COMPLETED");
			assertThat(progress.path("stages").path("approved").asInt()).isEqualTo(3);
			assertThat(progress.path("stages").path("rejected").asInt()).isEqualTo(1);
			assertThat(progress.path("stages").path("publications").asInt()).isEqualTo(1);
			assertThat(progress.path("settled").asBoolean()).isFalse();
		});
		JsonNode progress = progress(id);
		JsonNode rejectedAsset = progress.path("assets").get(0);
		assertThat(rejectedAsset.path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejectedAsset.path("findings").get(0).path("evidence").asString()).isEqualTo("一键开盖单手喝");
		assertThat(rejectedAsset.path("links").path("main-800x800.png").asString())
			.isEqualTo("/api/v1/assets/" + rejected.assetId() + "/renditions/main-800x800.png");
	}

	@Test
	void namesTheFieldsOfABadSubmissionAndStoresNothing() throws Exception {
		String sku = "BAD-" + UUID.randomUUID().toString().substring(0, 8);
		String product = PRODUCT.replace("CUP-3003", sku);
		this.mvc
			.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON)
				.content(product.replace("\"title\":\"暖暖 316 不锈钢保温杯 500ml\",", "")
					.replace("89.90", "-5")
					.replace("\"jd\"", "\"amazon\"")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("title", "price", "channels[1]")));
		// The answer comes after any commit: what the refused request stored is visible
		// now.
		assertThat(requirementsWithSku(sku)).as("requirements stored for the refused submission").isZero();

		submit(product);
		assertThat(requirementsWithSku(sku)).as("the same query sees an accepted submission").isEqualTo(1);
	}

	private long requirementsWithSku(String sku) {
		return this.jdbc.sql("select count(*) from requirements where sku = ?").param(sku).query(Long.class).single();
	}

	@Test
	void acceptsTheGoodLinesOfABatchAndNamesTheBadOnesByLine() throws Exception {
		String batch = PRODUCT + "\n" + PRODUCT.replace("\"price\":89.90", "\"price\":\"cheap\"") + "\n"
				+ PRODUCT.replace("CUP-3003", "CUP-3004") + "\n";
		this.mvc.perform(post("/api/v1/requirements/batch").contentType("application/jsonl").content(batch))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("price"))
			.andExpect(jsonPath("$.accepted", hasSize(2)))
			.andExpect(jsonPath("$.accepted[1].line").value(3));
	}

	@Test
	void makesARetryWithTheSameIdempotencyKeySafe() throws Exception {
		String key = "order-" + UUID.randomUUID();
		String first = this.mvc
			.perform(post("/api/v1/requirements").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(PRODUCT))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String retry = this.mvc
			.perform(post("/api/v1/requirements").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(PRODUCT))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(retry).isEqualTo(first);
		this.mvc
			.perform(post("/api/v1/requirements").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(PRODUCT.replace("CUP-3003", "CUP-9999")))
			.andExpect(status().isConflict());
	}

	@Test
	void answersUnknownAndMalformedIds() throws Exception {
		this.mvc.perform(get("/api/v1/requirements/" + UUID.randomUUID())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/requirements/not-a-uuid"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void keepsTenantsApart() throws Exception {
		String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
		String body = this.mvc
			.perform(post("/api/v1/requirements").header("X-Tenant-Id", tenant)
				.contentType(MediaType.APPLICATION_JSON)
				.content(PRODUCT))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonMapper.shared().readTree(body).path("requirementId").asString();

		this.mvc.perform(get("/api/v1/requirements/" + id).header("X-Tenant-Id", tenant))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requirementId").value(id))
			.andExpect(jsonPath("$.sku").value("CUP-3003"));
		this.mvc.perform(get("/api/v1/requirements/" + id).header("X-Tenant-Id", "someone-else"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/requirements/" + id)).andExpect(status().isNotFound());
	}

	private String submit(String product) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON).content(product))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
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

	private AssetProduced produce(ConceptCreated concept) throws Exception {
		List<Rendition> renditions = List.of(
				new Rendition(RenditionKind.COPY, "copy.txt", "blob:x/copy.txt", "text/plain", 0, 0, 10, "00"),
				new Rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", "blob:x/main.png", "image/png", 800, 800,
						10, "00"));
		AssetProduced produced = new AssetProduced(EventMetadata.now("default"), concept.requirementId(),
				AssetId.next(), concept.conceptId(), concept.attempt(), concept.angle(), concept.product().summary(),
				concept.copy(), renditions, concept.channels());
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(produced), produced).get();
		return produced;
	}

	private void inspect(AssetProduced asset, Verdict verdict, List<Finding> findings) throws Exception {
		AssetInspected inspected = new AssetInspected(EventMetadata.now("default"), asset.requirementId(),
				asset.assetId(), asset.conceptId(), asset.attempt(), asset.angle(), verdict, findings, asset.product(),
				asset.renditions(), asset.channels());
		this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(inspected), inspected).get();
	}

}
