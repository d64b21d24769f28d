package io.aigcfactory.inspection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.InspectionEvent;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.originality.OriginalityIndex;
import io.aigcfactory.inspection.originality.OriginalitySettings;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection service against real PostgreSQL, Kafka and the real bge-small-zh model:
 * clean copy is approved, absolute terms and near-duplicates are rejected with their
 * evidence, originality is judged per tenant, and broken files never pass. The assets of
 * one poll are embedded together, in batches of the size the embedding model's settings
 * allow (4 here), as the batcher's own metric shows; a near-duplicate within a poll is
 * caught, and an unreadable record in the middle of a poll is dead-lettered while the
 * others are judged.
 */
@SpringBootTest(classes = InspectionApplication.class,
		properties = { "spring.config.name=inspection-service", "aigc.inference.models.embedding.max-batch-size=4" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class InspectionIntegrationTests {

	static final Path ROOT = temporary();

	static final Copy ORIGINAL = new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购",
			List.of("40dB 主动降噪", "30 小时续航"));

	static final Copy REWORDED = new Copy("通勤路上，世界都安静下来", "40dB 主动降噪隔绝地铁的轰鸣，30 小时续航陪你一整周。", "立即选购",
			List.of("40dB 主动降噪", "30 小时续航"));

	static final List<Copy> DISTINCT = List.of(
			new Copy("出门露营，一杯热茶刚刚好", "316 不锈钢内胆，12 小时保温，山顶也能喝上热水。", "马上入手", List.of("12 小时保温")),
			new Copy("一台安静的台灯", "无可视频闪，四档色温随心调。", "去看看", List.of("四档色温")),
			new Copy("跑完十公里，脚还是干爽的", "透气网面鞋身，轻至 210 克，雨后路面也抓得稳。", "立即选购", List.of("210 克")),
			new Copy("给宝宝的贴身小衣", "A 类有机棉，无荧光剂，柔软亲肤不起球。", "去看看", List.of("A 类有机棉")),
			new Copy("周末的早午餐交给它", "六档火力，不粘涂层，十分钟煎出一盘溏心蛋。", "马上入手", List.of("六档火力")),
			new Copy("书桌上的一抹绿意", "免浇水苔藓微景观，玻璃罩内自成循环，养护一年也不费心。", "立即选购", List.of("免浇水")));

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "inspection");
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
		registry.add("aigc.inspection.originality.index-directory", () -> ROOT.resolve("index").toString());
		registry.add("aigc.inspection.originality.recovery-interval", () -> "1s");
		registry.add("aigc.inspection.review.expiry-interval", () -> "1s");
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Autowired
	MockMvc mvc;

	@Autowired
	OriginalityCheck originality;

	@Autowired
	OriginalitySettings originalitySettings;

	@Autowired
	OriginalityIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	TopicProbe verdicts;

	@BeforeEach
	void probe() {
		this.verdicts = new TopicProbe(this.brokers, Topics.INSPECTION.name());
	}

	@AfterEach
	void closeProbe() {
		this.verdicts.close();
	}

	@Test
	void approvesOriginalCopyAndRejectsItsNearDuplicate() throws Exception {
		AssetProduced original = produced("acme", ORIGINAL, true);
		assertThat(inspect(original).verdict()).isEqualTo(Verdict.APPROVED);

		AssetInspected duplicate = inspect(produced("acme", REWORDED, true));
		assertThat(duplicate.verdict()).isEqualTo(Verdict.REJECTED);
		// Reworded by a word or two: a near-duplicate by embedding and by 4-gram
		// signature alike.
		assertThat(duplicate.findings()).extracting(Finding::code)
			.containsExactly("NEAR_DUPLICATE", "NEAR_DUPLICATE_TEXT");
		assertThat(duplicate.findings()).extracting(Finding::evidence).containsOnly(original.assetId().toString());

		Copy different = new Copy("出门露营，一杯热茶刚刚好", "316 不锈钢内胆，12 小时保温，山顶也能喝上热水。", "马上入手",
				List.of("12 小时保温", "316 不锈钢内胆"));
		assertThat(inspect(produced("acme", different, true)).verdict()).isEqualTo(Verdict.APPROVED);
		assertThat(inspect(produced("another-tenant", ORIGINAL, true)).verdict()).isEqualTo(Verdict.APPROVED);

		this.mvc.perform(get("/api/v1/inspections/" + original.assetId()).header("X-Tenant-Id", "acme"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("APPROVED"));
	}

	@Test
	void rejectsAbsoluteTermsWithTheTermAsWritten() throws Exception {
		Copy claim = new Copy("全网最佳降噪耳机", "降噪效果No.1，通勤必备。", "立即选购", List.of("40dB 主动降噪"));
		AssetInspected verdict = inspect(produced("acme", claim, true));
		assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(verdict.findings()).extracting(Finding::evidence).contains("最佳", "No.1");
		assertThat(verdict.findings())
			.allSatisfy((finding) -> assertThat(finding.stage()).isEqualTo(Finding.Stage.COMPLIANCE));
	}

	@Test
	void anAssetInReviewIsNobodysOriginal() throws Exception {
		String tenant = "review-" + UUID.randomUUID();
		Copy latest = new Copy(ORIGINAL.headline(), "最新款，" + ORIGINAL.body(), ORIGINAL.callToAction(),
				ORIGINAL.highlights(), ORIGINAL.hashtags());
		assertThat(cosine(this.originality.embed(latest.fullText()), this.originality.embed(ORIGINAL.fullText())))
			.as("the two copies are near-duplicates of each other")
			.isGreaterThanOrEqualTo(this.originalitySettings.threshold());

		AssetInspected inReview = inspect(produced(tenant, latest, true));
		assertThat(inReview.verdict()).isEqualTo(Verdict.REVIEW);

		AssetProduced twin = produced(tenant, ORIGINAL, true);
		AssetInspected verdict = inspect(twin);
		assertThat(verdict.verdict()).as(() -> verdict.findings().toString()).isEqualTo(Verdict.APPROVED);
		JsonNode inspection = inspectionOf(twin, tenant);
		assertThat(absentOrNull(inspection.get("similarAsset"))).as("nothing approved to compare with").isTrue();
	}

	@Test
	void anAssetInReviewWaitsForAReviewerWhoseApprovalPublishesItAndMakesItAnOriginal() throws Exception {
		String tenant = "queue-" + UUID.randomUUID();
		Copy latest = new Copy(ORIGINAL.headline(), "最新款，" + ORIGINAL.body(), ORIGINAL.callToAction(),
				ORIGINAL.highlights(), ORIGINAL.hashtags());
		AssetProduced asset = produced(tenant, latest, true);
		assertThat(inspect(asset).verdict()).isEqualTo(Verdict.REVIEW);
		String id = asset.assetId().toString();

		this.mvc.perform(get("/api/v1/reviews").headers(tenantHeaders(tenant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].assetId").value(id))
			.andExpect(jsonPath("$[0].status").value("OPEN"));
		this.mvc.perform(get("/api/v1/reviews").headers(tenantHeaders("someone-else")))
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/api/v1/reviews").param("olderThan", "PT1H").headers(tenantHeaders(tenant)))
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/api/v1/reviews").param("olderThan", "an hour").headers(tenantHeaders(tenant)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("olderThan"));

		this.mvc.perform(decision(id, "claim", tenant, "{\"reviewer\":\"ann\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLAIMED"));
		this.mvc.perform(decision(id, "approve", tenant, "{\"reviewer\":\"bob\"}")).andExpect(status().isConflict());
		this.mvc.perform(decision(id, "reject", tenant, "{\"reviewer\":\"ann\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(decision(id, "approve", tenant, "{\"reviewer\":\"ann\",\"reason\":\"新品首发属实\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		this.mvc.perform(decision(id, "approve", tenant, "{\"reviewer\":\"ann\"}")).andExpect(status().isConflict());

		AssetInspected approved = await().atMost(Duration.ofSeconds(30))
			.until(() -> verdictsOf(asset), (verdicts) -> verdicts.size() == 2)
			.get(1);
		assertThat(approved.verdict()).isEqualTo(Verdict.APPROVED);
		assertThat(approved.findings()).extracting(Finding::code).contains("REVIEWER_APPROVED");
		this.mvc.perform(get("/api/v1/reviews/" + id).headers(tenantHeaders(tenant)))
			.andExpect(jsonPath("$.trail[*].action")
				.value(org.hamcrest.Matchers.contains("QUEUED", "CLAIMED", "APPROVED")))
			.andExpect(jsonPath("$.trail[2].actor").value("ann"));
		this.mvc.perform(get("/api/v1/reviews/suggestions").headers(tenantHeaders(tenant)))
			.andExpect(jsonPath("$.allowPhrases[0].term").value("最新"));
		assertThat(inspectionOf(asset, tenant).get("verdict").asString()).isEqualTo("APPROVED");

		await().atMost(Duration.ofSeconds(30)).until(() -> this.index.contains(asset.assetId()));
		AssetInspected twin = inspect(produced(tenant, ORIGINAL, true));
		assertThat(twin.verdict()).as("the reviewed asset is an original now").isEqualTo(Verdict.REJECTED);
		assertThat(twin.findings()).extracting(Finding::evidence).contains(id);
	}

	@Test
	void aRejectionAndAnExpiryAreAnnouncedAsRejectedVerdicts() throws Exception {
		String tenant = "queue-" + UUID.randomUUID();
		Copy latest = new Copy(ORIGINAL.headline(), "最新款，" + ORIGINAL.body(), ORIGINAL.callToAction(),
				ORIGINAL.highlights(), ORIGINAL.hashtags());
		AssetProduced rejected = produced(tenant, latest, true);
		AssetProduced forgotten = produced(tenant, latest, true);
		assertThat(inspect(rejected).verdict()).isEqualTo(Verdict.REVIEW);
		assertThat(inspect(forgotten).verdict()).isEqualTo(Verdict.REVIEW);

		this.mvc
			.perform(decision(rejected.assetId().toString(), "reject", tenant,
					"{\"reviewer\":\"ann\",\"reason\":\"无法证明是最新款\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		AssetInspected rejection = await().atMost(Duration.ofSeconds(30))
			.until(() -> verdictsOf(rejected), (verdicts) -> verdicts.size() == 2)
			.get(1);
		assertThat(rejection.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(rejection.findings()).filteredOn((finding) -> finding.stage() == Finding.Stage.REVIEW)
			.singleElement()
			.satisfies((finding) -> assertThat(finding.detail()).isEqualTo("无法证明是最新款"));

		// Nobody decided it for longer than expire-after (72 hours).
		this.jdbc.sql("update reviews set created_at = created_at - interval '73' hour where asset_id = ?")
			.param(forgotten.assetId().value())
			.update();
		AssetInspected expired = await().atMost(Duration.ofSeconds(30))
			.until(() -> verdictsOf(forgotten), (verdicts) -> verdicts.size() == 2)
			.get(1);
		assertThat(expired.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(expired.findings()).extracting(Finding::evidence).contains("expiry");
		this.mvc.perform(get("/api/v1/reviews/suggestions").headers(tenantHeaders(tenant)))
			.andExpect(jsonPath("$.bannedTerms[0].term").value("最新"))
			.andExpect(jsonPath("$.bannedTerms[0].decisions").value(2));
	}

	private static MockHttpServletRequestBuilder decision(String asset, String action, String tenant, String body) {
		return post("/api/v1/reviews/" + asset + "/" + action).headers(tenantHeaders(tenant))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static HttpHeaders tenantHeaders(String tenant) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Tenant-Id", tenant);
		return headers;
	}

	@Test
	void writesAnApprovalWhoseIndexWriteWasLostToTheIndex() throws Exception {
		String tenant = "recovery-" + UUID.randomUUID();
		AssetId lost = AssetId.next();
		float[] embedding = this.originality.embed(ORIGINAL.fullText());
		ByteBuffer bytes = ByteBuffer.allocate(embedding.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(embedding);
		// An approval committed by a process that died before writing it to the index.
		this.jdbc
			.sql("insert into inspections (asset_id, tenant_id, requirement_id, verdict, findings_json, embedding, "
					+ "inspected_at) values (?, ?, ?, 'APPROVED', '[]', ?, current_timestamp)")
			.params(lost.value(), tenant, RequirementId.next().value(), bytes.array())
			.update();
		assertThat(this.index.contains(lost)).isFalse();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.index.contains(lost));
		AssetInspected twin = inspect(produced(tenant, REWORDED, true));
		assertThat(twin.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(twin.findings()).extracting(Finding::evidence).containsExactly(lost.toString());
	}

	@Test
	void showsNoSimilarityForAnAssetNeverComparedWithOthers() throws Exception {
		Copy claim = new Copy("全网最佳降噪耳机", "降噪效果No.1，通勤必备。", "立即选购", List.of("40dB 主动降噪"));
		AssetProduced asset = produced("acme", claim, true);
		assertThat(inspect(asset).verdict()).isEqualTo(Verdict.REJECTED);

		JsonNode similarity = inspectionOf(asset, "acme").get("similarity");
		assertThat(absentOrNull(similarity)).as("absent or null, never 0.0: %s", similarity).isTrue();
	}

	@Test
	void rejectsAnAssetWhoseFileWasAltered() throws Exception {
		Copy copy = new Copy("一台安静的台灯", "无可视频闪，四档色温随心调。", "去看看", List.of("四档色温"));
		AssetInspected verdict = inspect(produced("acme", copy, false));
		assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(verdict.findings()).extracting(Finding::code).contains("CORRUPT_FILE");
	}

	@Test
	void embedsTheAssetsOfOnePollTogetherInBatchesOfTheConfiguredSize() throws Exception {
		String tenant = "batch-" + UUID.randomUUID();
		RequirementId requirement = RequirementId.next();
		List<AssetProduced> assets = new ArrayList<>();
		for (Copy copy : DISTINCT) {
			assets.add(produced(tenant, requirement, copy, true));
		}
		BatchSizes before = embeddingBatches();
		inOnePoll(assets);

		for (AssetProduced asset : assets) {
			AssetInspected verdict = verdictOf(asset);
			assertThat(verdict.verdict()).as(() -> asset.copy() + " " + verdict.findings()).isEqualTo(Verdict.APPROVED);
		}
		BatchSizes after = embeddingBatches();
		assertThat(after.items() - before.items()).isEqualTo(DISTINCT.size());
		assertThat(after.batches() - before.batches()).as("6 copies in batches of at most 4").isEqualTo(2);
	}

	@Test
	void judgesTheSecondOfTwoNearIdenticalCopiesInOnePollANearDuplicateOfTheFirst() throws Exception {
		String tenant = "twins-" + UUID.randomUUID();
		RequirementId requirement = RequirementId.next();
		AssetProduced first = produced(tenant, requirement, ORIGINAL, true);
		AssetProduced second = produced(tenant, requirement, REWORDED, true);
		BatchSizes before = embeddingBatches();
		inOnePoll(List.of(first, second));

		assertThat(verdictOf(first).verdict()).isEqualTo(Verdict.APPROVED);
		AssetInspected duplicate = verdictOf(second);
		assertThat(duplicate.verdict()).isEqualTo(Verdict.REJECTED);
		// Reworded by a word or two: a near-duplicate by embedding and by 4-gram
		// signature alike.
		assertThat(duplicate.findings()).extracting(Finding::code)
			.containsExactly("NEAR_DUPLICATE", "NEAR_DUPLICATE_TEXT");
		assertThat(duplicate.findings()).extracting(Finding::evidence).containsOnly(first.assetId().toString());
		BatchSizes after = embeddingBatches();
		assertThat(after.batches() - before.batches()).as("both copies in one batch").isEqualTo(1);
		assertThat(after.items() - before.items()).isEqualTo(2);
	}

	@Test
	void deadLettersAnUnreadableRecordInTheMiddleOfAPollAndJudgesTheOthers() throws Exception {
		String tenant = "poison-" + UUID.randomUUID();
		RequirementId requirement = RequirementId.next();
		AssetProduced before = produced(tenant, requirement, DISTINCT.get(0), true);
		AssetProduced after = produced(tenant, requirement, DISTINCT.get(1), true);
		byte[] malformed = ("{\"type\":\"AssetProduced\",\"requirementId\":\"" + requirement + "\",\"metadata\":")
			.getBytes(StandardCharsets.UTF_8);
		try (TopicProbe deadLetters = new TopicProbe(this.brokers, Topics.ASSET.deadLetterName())) {
			inOnePoll(List.of(before, malformed, after));

			assertThat(verdictOf(before).verdict()).isEqualTo(Verdict.APPROVED);
			assertThat(verdictOf(after).verdict()).isEqualTo(Verdict.APPROVED);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(deadLetters.records())
					.anySatisfy((record) -> assertThat(record.value()).isEqualTo(malformed)));
			assertThat(deadLetters.records()).noneSatisfy(
					(record) -> assertThat(record.value()).isIn(EventCodec.encode(before), EventCodec.encode(after)));
		}
		assertThat(verdictsOf(before)).as("the record before the poison is not judged again").hasSize(1);
	}

	private JsonNode inspectionOf(AssetProduced asset, String tenant) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/inspections/" + asset.assetId()).header("X-Tenant-Id", tenant))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return EventCodec.mapper().readTree(response.getContentAsString());
	}

	private static boolean absentOrNull(@Nullable JsonNode node) {
		return node == null || node.isNull();
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / Math.sqrt(normA * normB);
	}

	/**
	 * Sends records while the listener is stopped, so that its next poll holds them all.
	 */
	private void inOnePoll(List<?> values) throws Exception {
		MessageListenerContainer container = this.listeners.getListenerContainer("inspection.assets");
		assertThat(container).isNotNull();
		container.stop();
		try {
			for (Object value : values) {
				String key = (value instanceof AssetProduced asset) ? Topics.ASSET.keyFor(asset)
						: Topics.ASSET.keyFor((AssetProduced) values.getFirst());
				this.kafka.send(Topics.ASSET.name(), key, value).get();
			}
		}
		finally {
			container.start();
		}
	}

	/** What the embedding model's batcher reports through the metrics endpoint. */
	private BatchSizes embeddingBatches() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/actuator/metrics/aigc.inference.batch.size").param("tag", "model:embedding"))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 404) {
			// no batch yet
			return new BatchSizes(0, 0);
		}
		assertThat(response.getStatus()).isEqualTo(200);
		String body = response.getContentAsString();
		JsonNode measurements = EventCodec.mapper().readTree(body).get("measurements");
		double count = 0;
		double total = 0;
		for (JsonNode measurement : measurements) {
			switch (measurement.get("statistic").asString()) {
				case "COUNT" -> count = measurement.get("value").asDouble();
				case "TOTAL" -> total = measurement.get("value").asDouble();
				default -> {
				}
			}
		}
		return new BatchSizes((long) count, (long) total);
	}

	private record BatchSizes(long batches, long items) {
	}

	private AssetInspected verdictOf(AssetProduced asset) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> verdictsOf(asset).stream().findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private List<AssetInspected> verdictsOf(AssetProduced asset) {
		return this.verdicts.records()
			.stream()
			.map((record) -> (AssetInspected) EventCodec.decode(record.value(), InspectionEvent.class))
			.filter((event) -> event.assetId().equals(asset.assetId()))
			.toList();
	}

	private AssetInspected inspect(AssetProduced asset) throws Exception {
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(asset), asset).get();
		return verdictOf(asset);
	}

	private AssetProduced produced(String tenant, Copy copy, boolean intact) throws IOException {
		return produced(tenant, RequirementId.next(), copy, intact);
	}

	private AssetProduced produced(String tenant, RequirementId requirement, Copy copy, boolean intact)
			throws IOException {
		AssetId asset = AssetId.next();
		StoredBlob text = this.blobs.put("assets/" + asset + "/copy.txt",
				copy.fullText().getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
		StoredBlob image = this.blobs.put("assets/" + asset + "/main-800x800.png",
				png(asset.value().getLeastSignificantBits()), "image/png");
		String sha = intact ? text.sha256() : "0".repeat(64);
		return new AssetProduced(EventMetadata.now(tenant), requirement, asset, ConceptId.next(), 1, Angle.SCENARIO,
				new ProductSummary("AUD-1001", "降噪耳机", "声悦", "数码/耳机"), copy,
				List.of(new Rendition(RenditionKind.COPY, "copy.txt", text.uri(), text.mediaType(), 0, 0, text.bytes(),
						sha),
						new Rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", image.uri(), "image/png", 800, 800,
								image.bytes(), image.sha256())),
				List.of("taobao"));
	}

	/** A main image of blocks placed by the seed: each asset's looks different. */
	private static byte[] png(long seed) throws IOException {
		BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xE53935));
		graphics.fillRect(100, 100, 600, 600);
		Random random = new Random(seed);
		for (int i = 0; i < 12; i++) {
			graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
			graphics.fillRect(random.nextInt(700), random.nextInt(700), 40 + random.nextInt(200),
					40 + random.nextInt(200));
		}
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("inspection-it");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
