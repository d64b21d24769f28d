package io.aigcfactory.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fixed example of every event: the golden fixtures are these, encoded. */
final class SampleEvents {

	static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

	static final RequirementId REQUIREMENT = RequirementId.of("019a8f10-0000-7000-8000-000000000001");

	static final ConceptId CONCEPT = ConceptId.of("019a8f10-0000-7000-8000-000000000002");

	static final AssetId ASSET = AssetId.of("019a8f10-0000-7000-8000-000000000003");

	static final Product PRODUCT = new Product("SKU-1001", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", new BigDecimal("299.00"),
			List.of("40dB 主动降噪", "30 小时续航", "蓝牙 5.3 低延迟"), "通勤上班族", "入耳式设计，佩戴稳固。",
			List.of("blob:media/acme/019a8f10-0000-7000-8000-000000000009.png"));

	static final Copy COPY = new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购",
			List.of("40dB 主动降噪", "30 小时续航"), List.of("通勤好物"));

	static final BrandKit BRAND = new BrandKit("声悦", List.of("#1F6FEB", "#FFFFFF"), "blob:brands/acme/logo.png",
			List.of("专业", "克制"), List.of("便宜"), List.of("声悦官方"));

	static final List<Rendition> RENDITIONS = List.of(
			new Rendition(RenditionKind.COPY, "copy.txt", "file:assets/019a8f10/copy.txt", "text/plain;charset=UTF-8",
					0, 0, 180, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
			new Rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", "file:assets/019a8f10/main-800x800.png",
					"image/png", 800, 800, 48213, "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"),
			new Rendition(RenditionKind.VIDEO, "promo-720x1280.mp4", "file:assets/019a8f10/promo-720x1280.mp4",
					"video/mp4", 720, 1280, 1843200, "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
					15000, List.of("douyin")));

	private SampleEvents() {
	}

	static EventMetadata metadata(int n) {
		return new EventMetadata(UUID.fromString("019a8f10-0000-7000-8000-0000000001%02d".formatted(n)), "acme", AT, 1);
	}

	/** Every sample, by the fixture file it is pinned by. */
	static Map<String, FactoryEvent> all() {
		return Map.of("requirement-submitted.json",
				new RequirementSubmitted(metadata(1), REQUIREMENT, PRODUCT, List.of("taobao", "jd"), 3, 6),
				"concept-created.json", conceptCreated(), "asset-produced.json",
				new AssetProduced(metadata(3), REQUIREMENT, ASSET, CONCEPT, 1, Angle.SCENARIO, PRODUCT.summary(), COPY,
						RENDITIONS, List.of("taobao", "jd")),
				"asset-inspected.json",
				new AssetInspected(metadata(4), REQUIREMENT, ASSET, CONCEPT, 1, Angle.SCENARIO, Verdict.REJECTED,
						List.of(new Finding(Finding.Stage.COMPLIANCE, "ABSOLUTE_TERM", "广告法第九条禁止使用绝对化用语", "最佳")),
						PRODUCT.summary(), RENDITIONS, List.of("taobao", "jd")),
				"asset-published.json",
				new AssetPublished(metadata(5), ASSET, REQUIREMENT, "taobao",
						"out/taobao/SKU-1001/019a8f10-0000-7000-8000-000000000003", Angle.SCENARIO, PRODUCT.summary()),
				"publication-failed.json",
				new PublicationFailed(metadata(6), ASSET, REQUIREMENT, "partner-webhook", "HTTP 503 from receiver", 5),
				"feedback-recorded.json",
				new FeedbackRecorded(metadata(7), ASSET, "taobao", FeedbackKind.CLICK, 12, AT), "insight-updated.json",
				new InsightUpdated(metadata(8), "数码/耳机",
						List.of(new AngleInsight(Angle.SCENARIO, "taobao", 4, 1000, 52, 7),
								new AngleInsight(Angle.PRICE, "jd", 3, 900, 31, 2))),
				"stage-failed.json",
				new StageFailed(metadata(9), REQUIREMENT, CONCEPT, null, 1, "production", "UNRENDERABLE_TEXT",
						"no bundled font can draw 😀 (U+1F600)", 1),
				"video-assigned.json", new VideoAssigned(metadata(10), REQUIREMENT, conceptCreated()));
	}

	private static ConceptCreated conceptCreated() {
		return new ConceptCreated(metadata(2), REQUIREMENT, CONCEPT, 1, Angle.SCENARIO, "bold", COPY, PRODUCT,
				List.of("taobao", "jd"), "scenario.bold.commute",
				new Scene("地铁车厢里的清晨, 柔和侧光, 产品特写", "文字, 水印, 低清晰度", 42L),
				new Authorship("llm", "qwen2.5-7b-instruct", null), BRAND);
	}

}
