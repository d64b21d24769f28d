package io.aigcfactory.inspection;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.StoredBlob;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection service against real PostgreSQL, Kafka and the real bge-small-zh model:
 * clean copy is approved, absolute terms and near-duplicates are rejected with their
 * evidence, originality is judged per tenant, and broken files never pass.
 */
@SpringBootTest(classes = InspectionApplication.class, properties = "spring.config.name=inspection-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class InspectionIntegrationTests {

	static final Path ROOT = temporary();

	static final Copy ORIGINAL = new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购",
			List.of("40dB 主动降噪", "30 小时续航"));

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "inspection");
		registry.add("aigc.storage.root", () -> ROOT.resolve("blobs").toString());
		registry.add("aigc.inspection.originality.index-directory", () -> ROOT.resolve("index").toString());
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Autowired
	MockMvc mvc;

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

		Copy reworded = new Copy("通勤路上，世界都安静下来", "40dB 主动降噪隔绝地铁的轰鸣，30 小时续航陪你一整周。", "立即选购",
				List.of("40dB 主动降噪", "30 小时续航"));
		AssetInspected duplicate = inspect(produced("acme", reworded, true));
		assertThat(duplicate.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(duplicate.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.code()).isEqualTo("NEAR_DUPLICATE");
			assertThat(finding.evidence()).isEqualTo(original.assetId().toString());
		});

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
	void rejectsAnAssetWhoseFileWasAltered() throws Exception {
		Copy copy = new Copy("一台安静的台灯", "无可视频闪，四档色温随心调。", "去看看", List.of("四档色温"));
		AssetInspected verdict = inspect(produced("acme", copy, false));
		assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(verdict.findings()).extracting(Finding::code).contains("CORRUPT_FILE");
	}

	private AssetInspected inspect(AssetProduced asset) throws Exception {
		this.kafka.send(Topics.ASSET.name(), Topics.ASSET.keyFor(asset), asset).get();
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.verdicts.records()
				.stream()
				.map((record) -> (AssetInspected) EventCodec.decode(record.value(), InspectionEvent.class))
				.filter((event) -> event.assetId().equals(asset.assetId()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private AssetProduced produced(String tenant, Copy copy, boolean intact) throws IOException {
		AssetId asset = AssetId.next();
		StoredBlob text = this.blobs.put("assets/" + asset + "/copy.txt",
				copy.fullText().getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
		StoredBlob image = this.blobs.put("assets/" + asset + "/main-800x800.png", png(), "image/png");
		String sha = intact ? text.sha256() : "0".repeat(64);
		return new AssetProduced(EventMetadata.now(tenant), RequirementId.next(), asset, ConceptId.next(), 1,
				Angle.SCENARIO, new ProductSummary("AUD-1001", "降噪耳机", "声悦", "数码/耳机"), copy,
				List.of(new Rendition(RenditionKind.COPY, "copy.txt", text.uri(), text.mediaType(), 0, 0, text.bytes(),
						sha),
						new Rendition(RenditionKind.MAIN_IMAGE, "main-800x800.png", image.uri(), "image/png", 800, 800,
								image.bytes(), image.sha256())),
				List.of("taobao"));
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xE53935));
		graphics.fillRect(100, 100, 600, 600);
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
