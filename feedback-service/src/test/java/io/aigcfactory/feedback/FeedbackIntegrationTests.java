package io.aigcfactory.feedback;

import java.time.Duration;
import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AngleInsight;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.InsightEvent;
import io.aigcfactory.events.InsightUpdated;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Topics;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feedback service against real PostgreSQL and Kafka: observations of published
 * assets roll up per asset and per angle and come out as insights; bad observations are
 * refused.
 */
@SpringBootTest(classes = FeedbackApplication.class,
		properties = { "spring.config.name=feedback-service", "aigc.feedback.insight-interval=200ms" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class FeedbackIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "feedback");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void rollsFeedbackUpIntoAssetFiguresAndAngleInsights() throws Exception {
		String asset = publishAndAwaitDirectory("宠物/猫粮", Angle.PRICE);

		this.mvc
			.perform(post("/api/v1/feedback").header("X-Tenant-Id", "acme")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"assetId":"%1$s","channel":"taobao","kind":"impression","count":1000},
						 {"assetId":"%1$s","channel":"taobao","kind":"click","count":50},
						 {"assetId":"%1$s","channel":"taobao","kind":"conversion","count":5}]""".formatted(asset)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recorded").value(3));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/feedback/assets/" + asset).header("X-Tenant-Id", "acme"))
				.andExpect(jsonPath("$.impressions").value(1000))
				.andExpect(jsonPath("$.ctr").value(0.05))
				.andExpect(jsonPath("$.cvr").value(0.1)));
		try (TopicProbe insights = new TopicProbe(this.brokers, Topics.INSIGHT.name())) {
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(insights.records())
					.map((record) -> (InsightUpdated) EventCodec.decode(record.value(), InsightEvent.class))
					.filteredOn((insight) -> insight.category().equals("宠物/猫粮"))
					.flatMap(InsightUpdated::angles)
					.contains(new AngleInsight(Angle.PRICE, "taobao", 1, 1000, 50, 5)));
		}
	}

	@Test
	void refusesFeedbackForAnAssetThatWasNotPublished() throws Exception {
		this.mvc
			.perform(post("/api/v1/feedback").header("X-Tenant-Id", "acme")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assetId\":\"%s\",\"channel\":\"taobao\",\"kind\":\"click\"}".formatted(AssetId.next())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/not-found"));
	}

	@Test
	void namesEveryWrongFieldAndRecordsNothing() throws Exception {
		String asset = publishAndAwaitDirectory("家居/杯具", Angle.FUNCTION);
		this.mvc
			.perform(post("/api/v1/feedback").header("X-Tenant-Id", "acme")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"assetId":"%1$s","channel":"taobao","kind":"click"},
						 {"assetId":"%1$s","channel":"taobao","kind":"like","count":-2},
						 {"assetId":"%1$s","channel":"weibo","kind":"click"}]""".formatted(asset)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("[1].kind"))
			.andExpect(jsonPath("$.errors[1].field").value("[1].count"))
			.andExpect(jsonPath("$.errors[2].field").value("[2].channel"));

		// Recorded after the refused request: once it shows, that request would show too.
		record(asset, null, """
				{"assetId":"%s","channel":"taobao","kind":"impression","count":7}""".formatted(asset))
			.andExpect(status().isAccepted());
		awaitFigure(asset, "impressions", 7);
		this.mvc.perform(get("/api/v1/feedback/assets/" + asset).header("X-Tenant-Id", "acme"))
			.andExpect(jsonPath("$.clicks").value(0))
			.andExpect(jsonPath("$.impressions").value(7));
	}

	@Test
	void countsARetriedPostOnceAndRefusesItsKeyWithOtherObservations() throws Exception {
		String asset = publishAndAwaitDirectory("数码/耳机", Angle.SCENARIO);
		String key = "retry-" + AssetId.next();
		String observations = """
				[{"assetId":"%s","channel":"taobao","kind":"click","count":3}]""".formatted(asset);
		String first = record(asset, key, observations).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.recorded").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String retry = record(asset, key, observations.replace(",", ", ")).andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(retry).isEqualTo(first);
		record(asset, key, observations.replace("\"count\":3", "\"count\":4")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://aigc-factory.dev/problems/conflict"));

		// Recorded after the retry: once it shows, a second count of the retry would too.
		record(asset, null, """
				{"assetId":"%s","channel":"taobao","kind":"impression","count":10}""".formatted(asset))
			.andExpect(status().isAccepted());
		awaitFigure(asset, "impressions", 10);
		this.mvc.perform(get("/api/v1/feedback/assets/" + asset).header("X-Tenant-Id", "acme"))
			.andExpect(jsonPath("$.clicks").value(3));
	}

	@Test
	void refusesACountAboveTheBoundNamingTheField() throws Exception {
		String asset = publishAndAwaitDirectory("数码/音箱", Angle.PRICE);
		record(asset, null, """
				[{"assetId":"%1$s","channel":"taobao","kind":"impression","count":1000000},
				 {"assetId":"%1$s","channel":"taobao","kind":"impression","count":1000001}]""".formatted(asset))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("[1].count"));
		record(asset, null,
				"{\"assetId\":\"%s\",\"channel\":\"taobao\",\"kind\":\"click\",\"colour\":1}".formatted(asset))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));
	}

	private ResultActions record(String asset, @Nullable String key, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/feedback").header("X-Tenant-Id", "acme")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.mvc.perform(request);
	}

	private void awaitFigure(String asset, String figure, int value) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/feedback/assets/" + asset).header("X-Tenant-Id", "acme"))
				.andExpect(jsonPath("$." + figure).value(value)));
	}

	/**
	 * Publishes an asset and waits until the feedback service knows it; returns its id.
	 */
	private String publishAndAwaitDirectory(String category, Angle angle) throws Exception {
		String asset = publish(category, angle).assetId().toString();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/feedback/assets/" + asset).header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk()));
		return asset;
	}

	private AssetPublished publish(String category, Angle angle) throws Exception {
		AssetPublished published = new AssetPublished(EventMetadata.now("acme"), AssetId.next(), RequirementId.next(),
				"taobao", "out/taobao/x", angle, new ProductSummary("SKU-1", "商品", "品牌", category));
		this.kafka.send(Topics.PUBLICATION.name(), Topics.PUBLICATION.keyFor(published), published).get();
		return published;
	}

}
