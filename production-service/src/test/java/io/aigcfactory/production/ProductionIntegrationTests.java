package io.aigcfactory.production;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.FailureEvent;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.events.Topics;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.events.VideoAssigned;
import io.aigcfactory.events.VideoEvent;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;
import io.aigcfactory.trust.watermark.FrameAverage;
import io.aigcfactory.trust.watermark.WatermarkDetector;
import io.aigcfactory.trust.watermark.WatermarkPayload;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The production service against real PostgreSQL and Kafka: a concept becomes a stored
 * copy file and a decodable 800×800 main image (and for Taobao its channel copy, 3:4
 * JPEG, detail page, long image, promo video and subtitles; the video is what may take a
 * while on a busy machine), every file marked as AI-generated, announced once even when
 * the concept arrives twice, and served by the assets API.
 */
@SpringBootTest(classes = ProductionApplication.class, properties = "spring.config.name=production-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class ProductionIntegrationTests {

	static final Path BLOBS = temporary();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "production");
		registry.add("aigc.storage.root", BLOBS::toString);
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Autowired
	MockMvc mvc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Autowired
	Labels labels;

	@Autowired
	JdbcClient jdbc;

	@Test
	void producesCopyAndAMainImageOnceAndServesThem() throws Exception {
		ConceptCreated concept = new ConceptCreated(EventMetadata.now("acme"), RequirementId.next(), ConceptId.next(),
				1, Angle.SCENARIO, "fresh",
				new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣，30 小时续航陪你一整周。", "立即选购", List.of("40dB 主动降噪", "30 小时续航")),
				new Product("AUD-1001", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", new BigDecimal("299.00"),
						List.of("40dB 主动降噪", "30 小时续航"), "通勤上班族", null),
				List.of("taobao"));
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
			AssetProduced produced = await().atMost(Duration.ofSeconds(120))
				.until(() -> assets.records()
					.stream()
					.map((record) -> (AssetProduced) EventCodec.decode(record.value(), AssetEvent.class))
					.filter((event) -> event.conceptId().equals(concept.conceptId()))
					.toList(), (found) -> !found.isEmpty())
				.getFirst();

			assertThat(produced.renditions()).extracting(Rendition::name)
				.contains("copy.txt", "copy-taobao.txt", "main-800x800.png", "main-750x1000.jpg");
			Rendition copy = named(produced, "copy.txt");
			assertThat(copy.kind()).isEqualTo(RenditionKind.COPY);
			byte[] copyText = this.blobs.read(copy.uri());
			assertThat(new String(copyText, StandardCharsets.UTF_8)).startsWith("【AI生成】通勤路上，世界安静下来");
			LabelVerdict sidecar = this.labels
				.verifySidecar(this.blobs.read(named(produced, "copy.txt.aigc.json").uri()), copyText);
			assertThat(sidecar.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
			assertThat(sidecar.signature()).isEqualTo(LabelVerdict.Signature.VALID);
			assertThat(sidecar.label().produceId()).isEqualTo(produced.assetId().toString());
			assertThat(new String(this.blobs.read(named(produced, "copy-taobao.txt").uri()), StandardCharsets.UTF_8))
				.startsWith("【AI生成】声悦 Pro 主动降噪蓝牙耳机\n");
			Rendition portrait = named(produced, "main-750x1000.jpg");
			assertThat(portrait.channels()).containsExactly("taobao");
			assertThat(portrait.mediaType()).isEqualTo("image/jpeg");
			BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(this.blobs.read(portrait.uri())));
			assertThat(jpeg.getWidth()).isEqualTo(750);
			assertThat(jpeg.getHeight()).isEqualTo(1000);
			Rendition image = named(produced, "main-800x800.png");
			assertThat(image.channels()).isEmpty();
			assertThat(named(produced, "detail-750.html").kind()).isEqualTo(RenditionKind.DETAIL_PAGE);
			assertThat(new String(this.blobs.read(named(produced, "detail-750.html").uri()), StandardCharsets.UTF_8))
				.contains("<table>", "声悦 Pro 主动降噪蓝牙耳机", "src=\"main-800x800.png\"");
			BufferedImage longImage = ImageIO
				.read(new ByteArrayInputStream(this.blobs.read(named(produced, "detail-750.jpg").uri())));
			assertThat(longImage.getWidth()).isEqualTo(750);
			assertThat(longImage.getHeight()).isGreaterThan(1500);
			Rendition video = named(produced, "promo-720x1280.mp4");
			assertThat(video.kind()).isEqualTo(RenditionKind.VIDEO);
			assertThat(video.durationMillis()).isBetween(10_000L, 20_000L);
			assertThat(video.channels()).containsExactly("taobao");
			assertThat(new String(this.blobs.read(named(produced, "promo-720x1280.srt").uri()), StandardCharsets.UTF_8))
				.startsWith("1\n00:00:00,300 --> ")
				.contains(" --> ", "\n【AI生成】\n");
			byte[] imageBytes = this.blobs.read(image.uri());
			LabelVerdict label = this.labels.verify(imageBytes);
			assertThat(label.status()).isEqualTo(LabelVerdict.Status.COMPLIANT);
			assertThat(label.signature()).isEqualTo(LabelVerdict.Signature.VALID);
			assertThat(label.label().produceId()).isEqualTo(produced.assetId().toString());
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(imageBytes));
			assertThat(new WatermarkDetector().read(decoded).payload())
				.isEqualTo(WatermarkPayload.of("acme", produced.assetId().toString()));
			assertThat(decoded.getWidth()).isEqualTo(800);
			assertThat(decoded.getHeight()).isEqualTo(800);
			assertThat(distinctColours(decoded)).isGreaterThan(100);
			assertEveryFileIsMarked(produced);

			this.mvc.perform(get("/api/v1/assets/" + produced.assetId()).header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.asset.renditions.length()").value(produced.renditions().size()))
				.andExpect(jsonPath("$.asset.failures.length()").value(0))
				.andExpect(jsonPath("$.asset.narration").value(espeakInstalled() ? "ESPEAK_NG" : "NONE"))
				.andExpect(jsonPath("$.links['main-800x800.png']")
					.value("/api/v1/assets/" + produced.assetId() + "/renditions/main-800x800.png"));
			this.mvc
				.perform(get("/api/v1/assets/" + produced.assetId() + "/renditions/main-800x800.png")
					.header("X-Tenant-Id", "acme"))
				.andExpect(status().isOk())
				.andExpect(content().contentType("image/png"));
			this.mvc.perform(get("/api/v1/assets/" + produced.assetId())).andExpect(status().isNotFound());

			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> assets.records()
					.stream()
					.map((record) -> (AssetProduced) EventCodec.decode(record.value(), AssetEvent.class))
					.filter((event) -> event.conceptId().equals(concept.conceptId()))
					.count() == 1);
		}
	}

	@Test
	void showsTheProductsOwnPhotoInTheMainImage() throws Exception {
		BufferedImage photo = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
		java.awt.Graphics2D graphics = photo.createGraphics();
		graphics.setColor(new java.awt.Color(0xFF00FF));
		graphics.fillRect(50, 20, 200, 260);
		graphics.dispose();
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		ImageIO.write(photo, "png", png);
		String uri = this.blobs.put("media/acme/" + java.util.UUID.randomUUID(), png.toByteArray(), "image/png").uri();
		ConceptCreated concept = concept(List.of(uri));
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
			AssetProduced produced = produced(assets, concept, Duration.ofSeconds(30));
			BufferedImage image = ImageIO
				.read(new ByteArrayInputStream(this.blobs.read(named(produced, "main-800x800.png").uri())));
			long magenta = 0;
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					// Near magenta: the watermark moves each pixel by a few levels.
					int rgb = image.getRGB(x, y);
					if (((rgb >> 16) & 0xFF) > 240 && ((rgb >> 8) & 0xFF) < 16 && (rgb & 0xFF) > 240) {
						magenta++;
					}
				}
			}
			assertThat(magenta).isGreaterThan(10_000);
		}
	}

	@Test
	void announcesAConceptWhosePhotoIsGoneAsFailedInProduction() throws Exception {
		ConceptCreated concept = concept(List.of("blob:media/acme/" + java.util.UUID.randomUUID()));
		assertThat(failureOf(concept)).satisfies((failed) -> {
			assertThat(failed.stage()).isEqualTo("production");
			assertThat(failed.reason()).isEqualTo("UNUSABLE_PHOTO");
			assertThat(failed.attempt()).isEqualTo(1);
		});
	}

	@Test
	void announcesAConceptWithUndrawableTextAsFailedInProductionNamingTheCharacter() throws Exception {
		ConceptCreated template = concept(List.of());
		ConceptCreated concept = new ConceptCreated(template.metadata(), template.requirementId(), template.conceptId(),
				1, template.angle(), template.style(),
				new Copy("降噪黑科技 \uD840\uDC00", "40dB 主动降噪。", "立即选购", List.of("40dB 主动降噪")), template.product(),
				template.channels());
		long filesBefore = storedFiles();
		assertThat(failureOf(concept)).satisfies((failed) -> {
			assertThat(failed.reason()).isEqualTo("UNRENDERABLE_TEXT");
			assertThat(failed.detail()).contains("U+20000");
		});
		assertThat(storedFiles()).as("files left behind by a concept given up on").isEqualTo(filesBefore);
	}

	/**
	 * Every file the asset publishes, as it leaves production: the copy with its explicit
	 * label, the detail page with its note, the promo video with the mark on its opening
	 * frames (the visible mark on images has its own tests); the implicit label of every
	 * PNG, JPEG and MP4 as ExifTool reads it, and of the page; and the watermark of every
	 * image and of the video.
	 */
	private void assertEveryFileIsMarked(AssetProduced produced) throws Exception {
		String asset = produced.assetId().toString();
		WatermarkPayload payload = WatermarkPayload.of("acme", asset);
		String label = "\\{\"Label\":\"1\",.*\"ProduceID\":\"" + asset + "\"";
		List<RenditionKind> checked = new java.util.ArrayList<>();
		for (Rendition rendition : produced.renditions()) {
			byte[] file = this.blobs.read(rendition.uri());
			switch (rendition.kind()) {
				case COPY -> assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("【AI生成】");
				case SUBTITLES -> {
					assertThat(new String(file, StandardCharsets.UTF_8)).contains("\n【AI生成】\n");
					assertThat(this.labels
						.verifySidecar(this.blobs.read(named(produced, rendition.name() + ".aigc.json").uri()), file)
						.signature()).isEqualTo(LabelVerdict.Signature.VALID);
				}
				case DETAIL_PAGE -> {
					assertThat(new String(file, StandardCharsets.UTF_8))
						.contains("<p class=\"aigc-label\" role=\"note\">【AI生成】</p>");
					assertThat(this.labels.verify(file).signature()).isEqualTo(LabelVerdict.Signature.VALID);
				}
				case MAIN_IMAGE, DETAIL_IMAGE -> {
					assertThat(exiftool(rendition.name(), file))
						.containsPattern("\\[XMP-TC260\\]\\s+Aigc\\s+: " + label);
					assertThat(new WatermarkDetector().read(ImageIO.read(new ByteArrayInputStream(file))).payload())
						.as(rendition.name())
						.isEqualTo(payload);
				}
				case VIDEO -> {
					assertThat(exiftool(rendition.name(), file)).containsPattern("AIGC\\s+: " + label);
					java.util.Map<Integer, BufferedImage> frames = new java.util.HashMap<>();
					FrameAverage average = frames(file, List.of(0, 3 * 25 + 10, 4 * 25), frames);
					assertThat(new WatermarkDetector().read(average).payload()).isEqualTo(payload);
					java.awt.Rectangle ink = openingInk(frames.get(0), frames.get(4 * 25));
					assertThat(ink).as("the mark on the opening frame").isNotNull();
					assertThat(ink.height).isGreaterThanOrEqualTo((int) (0.05 * 720) - 1);
					assertThat(openingInk(frames.get(3 * 25 + 10), frames.get(4 * 25))).as("no mark after 3 s")
						.isNull();
				}
				default -> {
					continue;
				}
			}
			checked.add(rendition.kind());
		}
		assertThat(checked).contains(RenditionKind.COPY, RenditionKind.DETAIL_PAGE, RenditionKind.MAIN_IMAGE,
				RenditionKind.DETAIL_IMAGE, RenditionKind.VIDEO, RenditionKind.SUBTITLES);
	}

	/**
	 * Where two frames differ by white ink over the still bands above the pictures and
	 * below the subtitles, or null.
	 */
	private static java.awt.Rectangle openingInk(BufferedImage opening, BufferedImage later) {
		java.awt.Rectangle bounds = null;
		for (int y = 0; y < opening.getHeight(); y++) {
			if (y > opening.getHeight() * 0.13 && y < opening.getHeight() * 0.9) {
				continue;
			}
			for (int x = 0; x < opening.getWidth(); x++) {
				int difference = ((opening.getRGB(x, y) >> 8) & 0xFF) - ((later.getRGB(x, y) >> 8) & 0xFF);
				if (difference > 100) {
					java.awt.Rectangle pixel = new java.awt.Rectangle(x, y, 1, 1);
					bounds = (bounds == null) ? pixel : bounds.union(pixel);
				}
			}
		}
		return bounds;
	}

	/** The mean of every frame, keeping a copy of the frames asked for. */
	private static FrameAverage frames(byte[] mp4, List<Integer> wanted, java.util.Map<Integer, BufferedImage> kept)
			throws Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(new ByteArrayInputStream(mp4));
				Java2DFrameConverter converter = new Java2DFrameConverter()) {
			grabber.start();
			FrameAverage average = new FrameAverage(grabber.getImageWidth(), grabber.getImageHeight());
			org.bytedeco.javacv.Frame frame;
			for (int index = 0; (frame = grabber.grabImage()) != null; index++) {
				BufferedImage image = converter.convert(frame);
				average.add(image);
				if (wanted.contains(index)) {
					BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
							BufferedImage.TYPE_3BYTE_BGR);
					copy.createGraphics().drawImage(image, 0, 0, null);
					kept.put(index, copy);
				}
			}
			return average;
		}
	}

	private static String exiftool(String name, byte[] file) throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool is installed by .ci/run");
		Path path = Files.createTempDirectory("exiftool").resolve(name);
		Files.write(path, file);
		Process process = new ProcessBuilder("exiftool", "-a", "-G1", "-s", path.toString()).redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		return out;
	}

	private static boolean espeakInstalled() {
		return Files.isExecutable(Path.of("/usr/bin/espeak-ng"));
	}

	private static Rendition named(AssetProduced produced, String name) {
		return produced.renditions()
			.stream()
			.filter((rendition) -> rendition.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no rendition " + name + " in " + produced.renditions()));
	}

	private static long storedFiles() throws java.io.IOException {
		try (var files = Files.walk(BLOBS)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	private StageFailed failureOf(ConceptCreated concept) throws Exception {
		try (TopicProbe failures = new TopicProbe(this.brokers, Topics.FAILURE.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
			return await().atMost(Duration.ofSeconds(30))
				.until(() -> failures.records()
					.stream()
					.map((record) -> (StageFailed) EventCodec.decode(record.value(), FailureEvent.class))
					.filter((failed) -> failed.conceptId().equals(concept.conceptId()))
					.findFirst(), java.util.Optional::isPresent)
				.orElseThrow();
		}
	}

	/**
	 * The promo video rides on a requirement's first asset; when inspection rejects that
	 * asset, the asset made from the concept that replaces it carries the video instead.
	 */
	@Test
	void makesTheRequirementsVideoAgainWhenTheAssetThatCarriedItIsRejected() throws Exception {
		RequirementId requirement = RequirementId.next();
		ConceptCreated first = videoConcept(requirement, 1, Angle.SCENARIO);
		ConceptCreated replacement = videoConcept(requirement, 2, Angle.EMOTION);
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(first), first).get();
			AssetProduced carrier = produced(assets, first, Duration.ofSeconds(120));
			assertThat(carrier.renditions()).extracting(Rendition::kind).contains(RenditionKind.VIDEO);

			AssetInspected rejected = new AssetInspected(EventMetadata.now("acme"), requirement, carrier.assetId(),
					first.conceptId(), 1, first.angle(), Verdict.REJECTED,
					List.of(new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE_IMAGE", "主图与已通过的素材几乎相同", null)),
					new ProductSummary("AUD-1001", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", List.of("40dB 主动降噪")),
					carrier.renditions(), List.of("douyin"));
			this.kafka.send(Topics.INSPECTION.name(), Topics.INSPECTION.keyFor(rejected), rejected).get();
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.sql("select rejected from assets where id = ?")
					.param(carrier.assetId().value())
					.query(Boolean.class)
					.single());

			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(replacement), replacement).get();
			assertThat(produced(assets, replacement, Duration.ofSeconds(120)).renditions()).extracting(Rendition::kind)
				.contains(RenditionKind.VIDEO);
		}
	}

	/**
	 * The requirement's first concept carries its video, made on the video step; the
	 * concept after it is made meanwhile, and its still asset is announced first.
	 */
	@Test
	void makesTheVideoApartSoTheRequirementsStillAssetsDoNotWaitForIt() throws Exception {
		RequirementId requirement = RequirementId.next();
		ConceptCreated carrier = videoConcept(requirement, 1, Angle.SCENARIO);
		ConceptCreated still = videoConcept(requirement, 1, Angle.FUNCTION);
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name());
				TopicProbe videos = new TopicProbe(this.brokers, Topics.VIDEO.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(carrier), carrier).get();
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(still), still).get();
			AssetProduced withVideo = produced(assets, carrier, Duration.ofSeconds(120));
			AssetProduced withoutVideo = produced(assets, still, Duration.ofSeconds(30));

			assertThat(withVideo.renditions()).extracting(Rendition::kind).contains(RenditionKind.VIDEO);
			assertThat(withoutVideo.renditions()).extracting(Rendition::kind)
				.contains(RenditionKind.MAIN_IMAGE)
				.doesNotContain(RenditionKind.VIDEO, RenditionKind.SUBTITLES);
			List<java.util.UUID> announced = assets.records()
				.stream()
				.map((record) -> EventCodec.decode(record.value(), AssetEvent.class))
				.map((event) -> ((AssetProduced) event).conceptId().value())
				.filter((concept) -> concept.equals(carrier.conceptId().value())
						|| concept.equals(still.conceptId().value()))
				.toList();
			assertThat(announced).containsExactly(still.conceptId().value(), carrier.conceptId().value());
			assertThat(videos.records())
				.map((record) -> (VideoAssigned) EventCodec.decode(record.value(), VideoEvent.class))
				.filteredOn((assigned) -> assigned.requirementId().equals(requirement))
				.extracting((assigned) -> assigned.concept().conceptId())
				.containsExactly(carrier.conceptId());
			assertThat(this.jdbc.sql("select count(*) from video_carriers where requirement_id = ?")
				.param(requirement.value())
				.query(Long.class)
				.single()).isZero();
		}
	}

	/**
	 * When production gives up on the concept chosen to carry the video, the
	 * requirement's next concept carries it instead.
	 */
	@Test
	void makesTheRequirementsVideoWithTheNextConceptWhenTheCarrierCannotBeProduced() throws Exception {
		RequirementId requirement = RequirementId.next();
		ConceptCreated template = videoConcept(requirement, 1, Angle.SCENARIO);
		ConceptCreated undrawable = new ConceptCreated(template.metadata(), requirement, template.conceptId(), 1,
				Angle.SCENARIO, "fresh", new Copy("降噪黑科技 \uD840\uDC00", "40dB 主动降噪。", "立即选购", List.of("40dB 主动降噪")),
				template.product(), template.channels());
		assertThat(failureOf(undrawable).reason()).isEqualTo("UNRENDERABLE_TEXT");

		ConceptCreated next = videoConcept(requirement, 1, Angle.FUNCTION);
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(next), next).get();
			assertThat(produced(assets, next, Duration.ofSeconds(120)).renditions()).extracting(Rendition::kind)
				.contains(RenditionKind.VIDEO);
		}
	}

	private static ConceptCreated videoConcept(RequirementId requirement, int attempt, Angle angle) {
		return new ConceptCreated(EventMetadata.now("acme"), requirement, ConceptId.next(), attempt, angle, "fresh",
				new Copy("通勤路上，世界安静下来", "40dB 主动降噪隔绝地铁轰鸣。", "立即选购", List.of("40dB 主动降噪")),
				new Product("AUD-1001", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", new BigDecimal("299.00"),
						List.of("40dB 主动降噪"), "通勤上班族", null),
				List.of("douyin"));
	}

	/** The asset produced from a concept, once it is announced within the time given. */
	private static AssetProduced produced(TopicProbe assets, ConceptCreated concept, Duration within) {
		return await().atMost(within)
			.until(() -> assets.records()
				.stream()
				.map((record) -> (AssetProduced) EventCodec.decode(record.value(), AssetEvent.class))
				.filter((event) -> event.conceptId().equals(concept.conceptId()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private static ConceptCreated concept(List<String> images) {
		return new ConceptCreated(EventMetadata.now("acme"), RequirementId.next(), ConceptId.next(), 1, Angle.FUNCTION,
				"bold", new Copy("降噪黑科技", "40dB 主动降噪。", "立即选购", List.of("40dB 主动降噪")),
				new Product("AUD-1001", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", new BigDecimal("299.00"),
						List.of("40dB 主动降噪"), "通勤上班族", null, images),
				List.of("jd"));
	}

	private static long distinctColours(BufferedImage image) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("production-it");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
