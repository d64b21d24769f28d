package io.aigcfactory.production;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.Authorship;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A concept with a brand kit against real PostgreSQL and Kafka: the asset is drawn in the
 * kit's colours with its logo, and its view shows the brand-compliance score with each
 * part, judged from the produced files; an asset without a kit shows none.
 */
@SpringBootTest(classes = ProductionApplication.class, properties = "spring.config.name=production-service")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class BrandedProductionIntegrationTests {

	@TempDir
	static Path root;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "production");
		registry.add("aigc.storage.root", () -> root.resolve("blobs").toString());
	}

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	BlobStore blobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Value("${spring.kafka.bootstrap-servers}")
	String brokers;

	@Test
	void showsTheBrandComplianceScoreAndItsPartsInTheAssetView() throws Exception {
		String logo = this.blobs.put("brands/acme/logo-test.png", logoPng(), "image/png").uri();
		BrandKit kit = new BrandKit("声悦", List.of("#C8102E", "#1F4E9C"), logo, List.of("专业"), List.of("便宜", "廉价"),
				List.of("声悦，听见安静", "官方正品"));
		// The copy keeps one required phrase and lacks the other, and carries one banned
		// word: the score must see both in the copy file.
		Copy copy = new Copy("通勤路上，世界安静下来", "40dB 主动降噪，便宜也能安静。声悦，听见安静。", "立即选购", List.of("40dB 主动降噪", "30 小时续航"));
		ConceptCreated branded = concept(copy, kit);
		ConceptCreated plain = concept(copy, null);

		JsonNode view = produceAndView(branded).path("asset").path("brandCompliance");
		assertThat(view.isObject()).as("brandCompliance in %s", view).isTrue();
		assertThat(part(view, "requiredPhrases").path("score").asInt()).isEqualTo(50);
		assertThat(part(view, "requiredPhrases").path("detail").asString()).contains("官方正品");
		assertThat(part(view, "bannedWords").path("score").asInt()).isEqualTo(50);
		assertThat(part(view, "bannedWords").path("detail").asString()).contains("便宜");
		assertThat(part(view, "logo").path("score").asInt()).isGreaterThanOrEqualTo(90);
		assertThat(part(view, "colours").path("score").asInt()).isGreaterThan(0);
		int mean = (int) Math.round(List.of("colours", "logo", "bannedWords", "requiredPhrases")
			.stream()
			.mapToInt((name) -> part(view, name).path("score").asInt())
			.average()
			.orElseThrow());
		assertThat(view.path("score").asInt()).isEqualTo(mean).isLessThan(100);
		assertThat(this.jdbc.sql("select brand_score from assets where concept_id = ?")
			.param(branded.conceptId().value())
			.query(Integer.class)
			.single()).isEqualTo(mean);

		JsonNode unbranded = produceAndView(plain).path("asset");
		assertThat(unbranded.path("brandCompliance").isMissingNode() || unbranded.path("brandCompliance").isNull())
			.isTrue();
		assertThat(this.jdbc.sql("select count(*) from assets where concept_id = ? and brand_score is null")
			.param(plain.conceptId().value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void playsTheBrandsOwnMusicUnderItsPromoVideo() throws Exception {
		// The kit's music as creative keeps an upload: mono 16-bit PCM WAV at 22.05 kHz,
		// here 4 s of a 1 kHz tone, which the generated bed (chords below 700 Hz) lacks.
		String music = this.blobs.put("brands/acme/music-test.wav", toneWav(4.0, 1000, 22_050), "audio/wav").uri();
		BrandKit withMusic = new BrandKit("声悦", List.of("#C8102E"), null, List.of(), List.of(), List.of(), music);
		BrandKit withoutMusic = new BrandKit("声悦", List.of("#C8102E"), null, List.of(), List.of(), List.of());
		Copy copy = new Copy("通勤路上，世界安静下来", "40dB 主动降噪，三十小时续航。", "立即选购", List.of("40dB 主动降噪", "30 小时续航"));

		double branded = toneShare(video(produce(concept(copy, withMusic, List.of("douyin")))), 1000);
		double plain = toneShare(video(produce(concept(copy, withoutMusic, List.of("douyin")))), 1000);
		assertThat(branded)
			.as("share of the sound's power at 1 kHz with the brand's music (%s) and without (%s)", branded, plain)
			.isGreaterThan(10 * plain);
	}

	private byte[] video(AssetProduced produced) {
		return this.blobs.read(produced.renditions()
			.stream()
			.filter((rendition) -> rendition.kind() == io.aigcfactory.events.RenditionKind.VIDEO)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no video in " + produced.renditions()))
			.uri());
	}

	/** The share of a video's sound power in a narrow band around one frequency. */
	private static double toneShare(byte[] mp4, double hertz) throws Exception {
		try (org.bytedeco.javacv.FFmpegFrameGrabber grabber = new org.bytedeco.javacv.FFmpegFrameGrabber(
				new java.io.ByteArrayInputStream(mp4))) {
			grabber.setSampleMode(org.bytedeco.javacv.FrameGrabber.SampleMode.SHORT);
			grabber.start();
			int rate = grabber.getSampleRate();
			org.bytedeco.javacv.Frame frame;
			double total = 0;
			double band = 0;
			java.util.List<Short> samples = new java.util.ArrayList<>();
			while ((frame = grabber.grabSamples()) != null) {
				java.nio.ShortBuffer buffer = (java.nio.ShortBuffer) frame.samples[0];
				while (buffer.hasRemaining()) {
					samples.add(buffer.get());
				}
			}
			// Goertzel over 0.1 s blocks: the power at the frequency against the block's
			// whole power, summed over the track.
			int block = rate / 10;
			double coefficient = 2 * Math.cos(2 * Math.PI * hertz / rate);
			for (int start = 0; start + block <= samples.size(); start += block) {
				double previous = 0;
				double beforePrevious = 0;
				double energy = 0;
				for (int i = start; i < start + block; i++) {
					double value = samples.get(i);
					energy += value * value;
					double current = value + coefficient * previous - beforePrevious;
					beforePrevious = previous;
					previous = current;
				}
				double power = previous * previous + beforePrevious * beforePrevious
						- coefficient * previous * beforePrevious;
				band += 2 * power / block;
				total += energy;
			}
			return (total > 0) ? band / total : 0;
		}
	}

	private static byte[] toneWav(double seconds, double hertz, int rate) throws Exception {
		int length = (int) Math.round(seconds * rate);
		byte[] pcm = new byte[2 * length];
		for (int i = 0; i < length; i++) {
			short value = (short) Math.round(0.5 * Short.MAX_VALUE * Math.sin(2 * Math.PI * hertz * i / rate));
			pcm[2 * i] = (byte) value;
			pcm[2 * i + 1] = (byte) (value >> 8);
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.sound.sampled.AudioSystem.write(
				new javax.sound.sampled.AudioInputStream(new java.io.ByteArrayInputStream(pcm),
						new javax.sound.sampled.AudioFormat(rate, 16, 1, true, false), length),
				javax.sound.sampled.AudioFileFormat.Type.WAVE, out);
		return out.toByteArray();
	}

	private AssetProduced produce(ConceptCreated concept) throws Exception {
		try (TopicProbe assets = new TopicProbe(this.brokers, Topics.ASSET.name())) {
			this.kafka.send(Topics.CONCEPT.name(), Topics.CONCEPT.keyFor(concept), concept).get();
			return await().atMost(Duration.ofSeconds(60))
				.until(() -> assets.records()
					.stream()
					.map((record) -> (AssetProduced) EventCodec.decode(record.value(), AssetEvent.class))
					.filter((event) -> event.conceptId().equals(concept.conceptId()))
					.toList(), (found) -> !found.isEmpty())
				.getFirst();
		}
	}

	private JsonNode produceAndView(ConceptCreated concept) throws Exception {
		AssetProduced produced = produce(concept);
		String body = this.mvc.perform(get("/api/v1/assets/" + produced.assetId()).header("X-Tenant-Id", "acme"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.shared().readTree(body);
	}

	private static JsonNode part(JsonNode view, String name) {
		for (JsonNode part : view.path("parts")) {
			if (part.path("name").asString().equals(name)) {
				return part;
			}
		}
		throw new AssertionError("no part " + name + " in " + view);
	}

	private static ConceptCreated concept(Copy copy, @org.jspecify.annotations.Nullable BrandKit kit) {
		return concept(copy, kit, List.of("taobao"));
	}

	private static ConceptCreated concept(Copy copy, @org.jspecify.annotations.Nullable BrandKit kit,
			List<String> channels) {
		return new ConceptCreated(EventMetadata.now("acme"), RequirementId.next(), ConceptId.next(), 1, Angle.FUNCTION,
				"fresh", copy,
				new Product("AUD-2002", "声悦 Pro 主动降噪蓝牙耳机", "声悦", "数码/耳机", new BigDecimal("299.00"),
						List.of("40dB 主动降噪", "30 小时续航"), "通勤上班族", null),
				channels, "function.fresh", null, Authorship.TEMPLATE, kit);
	}

	private static byte[] logoPng() throws Exception {
		BufferedImage logo = new BufferedImage(160, 80, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = logo.createGraphics();
		graphics.setColor(new Color(0x00A651));
		graphics.fillRect(0, 0, 80, 80);
		graphics.setColor(new Color(0x111111));
		graphics.fillOval(90, 10, 60, 60);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(logo, "png", out);
		return out.toByteArray();
	}

}
