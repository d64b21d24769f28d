package io.aigcfactory.creative;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Brand kits through the API against real PostgreSQL and Kafka: created, replaced,
 * listed, given a logo and music, refused with the wrong field named, kept per tenant,
 * and written into the concepts of products of that brand.
 */
@SpringBootTest(classes = CreativeApplication.class,
		properties = { "spring.config.name=creative-service", "aigc.creative.brand.max-music-length=10s" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
class BrandIntegrationTests {

	static final String KIT = """
			{"colours":["#c8102e","#FFD700"],"voice":["温暖","亲切"],"bannedWords":["便宜","廉价"],
			 "requiredPhrases":["暖暖，温暖每一天","官方正品"]}""";

	static final String PRODUCT = """
			{"sku":"CUP-7007","title":"暖暖 316 不锈钢保温杯 500ml","brand":"暖暖","category":"家居/杯具","price":89.90,
			 "sellingPoints":["便宜又保温","一键开盖单手喝","316 不锈钢内胆"],"audience":"上班族和学生",
			 "channels":["taobao"],"variantCount":2}""".replace("\n", "");

	@TempDir
	static Path root;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative");
		LocalRedis.register(registry);
		registry.add("aigc.storage.root", () -> root.resolve("blobs").toString());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlobStore blobs;

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
	void createsReplacesListsAndDeletesAKit() throws Exception {
		this.mvc
			.perform(put("/api/v1/brands/暖暖").header("X-Tenant-Id", "cups")
				.contentType(MediaType.APPLICATION_JSON)
				.content(KIT))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/brands/%E6%9A%96%E6%9A%96"))
			.andExpect(jsonPath("$.colours", contains("#C8102E", "#FFD700")))
			.andExpect(jsonPath("$.requiredPhrases", contains("暖暖，温暖每一天", "官方正品")));
		this.mvc
			.perform(put("/api/v1/brands/暖暖").header("X-Tenant-Id", "cups")
				.contentType(MediaType.APPLICATION_JSON)
				.content(KIT.replace("\"官方正品\"", "\"正品保障\"")))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/brands/冷冷").header("X-Tenant-Id", "cups")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"colours\":[\"#000000\"]}"))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/v1/brands").header("X-Tenant-Id", "cups"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.brands[*].name", containsInAnyOrder("暖暖", "冷冷")));
		this.mvc.perform(get("/api/v1/brands/暖暖").header("X-Tenant-Id", "cups"))
			.andExpect(jsonPath("$.requiredPhrases", contains("暖暖，温暖每一天", "正品保障")));
		assertThat(this.jdbc.sql("select required_phrases from brand_kits where tenant_id = 'cups' and name = '暖暖'")
			.query(String.class)
			.single()).contains("正品保障").doesNotContain("官方正品");

		this.mvc.perform(delete("/api/v1/brands/冷冷").header("X-Tenant-Id", "cups")).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/brands/冷冷").header("X-Tenant-Id", "cups")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from brand_kits where tenant_id = 'cups'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void storesALogoSentAsPngOrAsAMultipartFile() throws Exception {
		createKit("logos", "暖暖");
		byte[] png = png(64, 32, Color.RED);
		String uri = JsonMapper.shared()
			.readTree(this.mvc
				.perform(put("/api/v1/brands/暖暖/logo").header("X-Tenant-Id", "logos")
					.contentType(MediaType.IMAGE_PNG)
					.content(png))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.path("logo")
			.asString();
		assertThat(uri).startsWith("blob:");
		assertThat(this.blobs.read(uri)).isEqualTo(png);
		this.mvc.perform(get("/api/v1/brands/暖暖/logo").header("X-Tenant-Id", "logos"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(content().bytes(png));

		byte[] another = png(40, 40, Color.BLUE);
		this.mvc
			.perform(putFile("/api/v1/brands/暖暖/logo", "logos",
					new MockMultipartFile("file", "logo.png", "image/png", another)))
			.andExpect(status().isOk());
		String stored = this.jdbc.sql("select logo from brand_kits where tenant_id = 'logos'")
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(uri);
		assertThat(this.blobs.read(stored)).isEqualTo(another);

		this.mvc
			.perform(put("/api/v1/brands/暖暖").header("X-Tenant-Id", "logos")
				.contentType(MediaType.APPLICATION_JSON)
				.content(KIT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.logo").value(stored));
	}

	@Test
	void refusesBadKitsNamingEachField() throws Exception {
		this.mvc
			.perform(put("/api/v1/brands/暖暖").header("X-Tenant-Id", "bad")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"colours":["red","#12345G","#123456"],"voice":["a","b","c","d","e","f","g","h","i"],
						 "bannedWords":["便宜",""],"requiredPhrases":["便宜好货","全网第一","正品"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("colours[0]", "colours[1]", "voice",
					"bannedWords[1]", "requiredPhrases[0]", "requiredPhrases[1]")));
		this.mvc
			.perform(put("/api/v1/brands/暖暖").header("X-Tenant-Id", "bad")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"colours\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colours"));
		assertThat(this.jdbc.sql("select count(*) from brand_kits where tenant_id = 'bad'").query(Long.class).single())
			.isZero();

		createKit("bad", "暖暖");
		this.mvc
			.perform(put("/api/v1/brands/暖暖/logo").header("X-Tenant-Id", "bad")
				.contentType(MediaType.IMAGE_PNG)
				.content("GIF89a not a png at all, just text".getBytes()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		byte[] huge = png(4000, 10, Color.RED);
		this.mvc
			.perform(put("/api/v1/brands/暖暖/logo").header("X-Tenant-Id", "bad")
				.contentType(MediaType.IMAGE_PNG)
				.content(huge))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("4000")));
		byte[] truncated = java.util.Arrays.copyOf(png(64, 64, Color.RED), 60);
		this.mvc
			.perform(putFile("/api/v1/brands/暖暖/logo", "bad",
					new MockMultipartFile("file", "logo.png", "image/png", truncated)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(this.jdbc.sql("select logo from brand_kits where tenant_id = 'bad'").query(String.class).optional())
			.isEmpty();
		assertThat(Files.exists(root.resolve("blobs/brands/bad"))).isFalse();
	}

	@Test
	void keepsMusicDecodedToWavWhateverFormatItCameIn() throws Exception {
		createKit("music", "暖暖");
		byte[] m4a = MusicFiles.aac(3.0, 440, 44_100, 2);
		String uri = JsonMapper.shared()
			.readTree(this.mvc
				.perform(putFile("/api/v1/brands/暖暖/music", "music",
						new MockMultipartFile("file", "bgm.m4a", "audio/mp4", m4a)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.path("music")
			.asString();
		assertThat(uri).startsWith("blob:");
		MusicFiles.Pcm kept = MusicFiles.read(this.blobs.read(uri));
		assertThat(kept.sampleRate()).isEqualTo(22_050);
		assertThat(kept.channels()).isEqualTo(1);
		assertThat(kept.seconds()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.1));
		// The AAC round trip keeps the tone: 440 Hz crosses zero 880 times a second.
		assertThat(kept.zeroCrossingsPerSecond()).isCloseTo(880, org.assertj.core.data.Percentage.withPercentage(3));
		this.mvc.perform(get("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "music"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("audio/wav"))
			.andExpect(content().bytes(this.blobs.read(uri)));

		byte[] wav = MusicFiles.wav(4.0, 330, 8_000, 0.5);
		this.mvc
			.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "music")
				.contentType(MediaType.parseMediaType("audio/wav"))
				.content(wav))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.music").value(org.hamcrest.Matchers.not(uri)));
		String stored = this.jdbc.sql("select music from brand_kits where tenant_id = 'music'")
			.query(String.class)
			.single();
		assertThat(MusicFiles.read(this.blobs.read(stored)).seconds()).isCloseTo(4.0,
				org.assertj.core.data.Offset.offset(0.05));
		this.mvc
			.perform(put("/api/v1/brands/暖暖").header("X-Tenant-Id", "music")
				.contentType(MediaType.APPLICATION_JSON)
				.content(KIT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.music").value(stored));
	}

	@Test
	void refusesMusicThatIsNotAudioOrTooLongNamingTheField() throws Exception {
		createKit("badmusic", "暖暖");
		this.mvc
			.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "badmusic")
				.contentType(MediaType.parseMediaType("audio/mpeg"))
				.content("ID3 this is only text pretending to be an MP3".getBytes()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc
			.perform(putFile("/api/v1/brands/暖暖/music", "badmusic",
					new MockMultipartFile("file", "bgm.png", "image/png", png(64, 64, Color.RED))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("audio")));
		this.mvc
			.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "badmusic")
				.contentType(MediaType.parseMediaType("audio/wav"))
				.content(MusicFiles.wav(12.0, 330, 8_000, 0.5)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("longer than 10 s")));
		this.mvc
			.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "badmusic")
				.contentType(MediaType.parseMediaType("audio/wav"))
				.content(MusicFiles.wav(0.5, 330, 8_000, 0.5)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("at least")));
		this.mvc
			.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "badmusic")
				.contentType(MediaType.parseMediaType("audio/wav"))
				.content(MusicFiles.wav(3.0, 330, 8_000, 0.0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].detail").value("is silent"));
		this.mvc
			.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "badmusic")
				.contentType(MediaType.parseMediaType("audio/wav"))
				.content(new byte[0]))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		assertThat(this.jdbc.sql("select music from brand_kits where tenant_id = 'badmusic'")
			.query(String.class)
			.optional()).isEmpty();
		this.mvc.perform(get("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "badmusic"))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsTenantsApart() throws Exception {
		createKit("tenant-a", "暖暖");
		this.mvc.perform(get("/api/v1/brands/暖暖").header("X-Tenant-Id", "tenant-b")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/brands/暖暖/logo").header("X-Tenant-Id", "tenant-a"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/brands").header("X-Tenant-Id", "tenant-b"))
			.andExpect(jsonPath("$.brands").isEmpty());
		this.mvc.perform(delete("/api/v1/brands/暖暖").header("X-Tenant-Id", "tenant-b"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select tenant_id from brand_kits where name = '暖暖' and tenant_id like 'tenant-%'")
			.query(String.class)
			.list()).containsExactly("tenant-a");
	}

	@Test
	void writesTheBrandsKitIntoItsConcepts() throws Exception {
		createKit("kitted", "暖暖");
		String music = JsonMapper.shared()
			.readTree(this.mvc
				.perform(put("/api/v1/brands/暖暖/music").header("X-Tenant-Id", "kitted")
					.contentType(MediaType.parseMediaType("audio/wav"))
					.content(MusicFiles.wav(3.0, 330, 8_000, 0.5)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.path("music")
			.asString();
		String body = this.mvc
			.perform(post("/api/v1/requirements").header("X-Tenant-Id", "kitted")
				.contentType(MediaType.APPLICATION_JSON)
				.content(PRODUCT))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonMapper.shared().readTree(body).path("requirementId").asString();
		List<ConceptCreated> written = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.concepts.records()
				.stream()
				.filter((record) -> record.key().equals(id))
				.map((record) -> (ConceptCreated) EventCodec.decode(record.value(), ConceptEvent.class))
				.toList(), (concepts) -> concepts.size() >= 2);
		assertThat(written).allSatisfy((concept) -> {
			BrandKit brand = concept.brand();
			assertThat(brand).isNotNull();
			assertThat(brand.colours()).containsExactly("#C8102E", "#FFD700");
			assertThat(brand.music()).isEqualTo(music);
			assertThat(concept.copy().fullText()).contains("暖暖，温暖每一天", "官方正品").doesNotContain("便宜", "廉价");
		});
	}

	private void createKit(String tenant, String name) throws Exception {
		this.mvc
			.perform(put("/api/v1/brands/" + name).header("X-Tenant-Id", tenant)
				.contentType(MediaType.APPLICATION_JSON)
				.content(KIT))
			.andExpect(status().isCreated());
	}

	/** A multipart PUT of one file as the part {@code file}. */
	private static RequestBuilder putFile(String path, String tenant, MockMultipartFile file) {
		return multipart(path).file(file).with((request) -> {
			request.setMethod("PUT");
			return request;
		}).header("X-Tenant-Id", tenant);
	}

	static byte[] png(int width, int height, Color colour) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		var graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
