package io.aigcfactory.creative;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import io.aigcfactory.creative.media.TestPhotos;
import io.aigcfactory.creative.media.fetch.HostResolver;
import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.ConceptEvent;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Topics;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.platform.storage.ContentDigests;
import io.aigcfactory.test.LocalPostgres;
import io.aigcfactory.test.LocalRedis;
import io.aigcfactory.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Product photos end to end in the creative service: uploads, URLs fetched at intake from
 * a listener on 127.0.0.1 (host names resolved by a stub, loopback let through by the
 * unsafe test switch), the stored bytes, and the blob URIs on the concepts sent to
 * production.
 */
@SpringBootTest(classes = CreativeApplication.class,
		properties = { "spring.config.name=creative-service", "aigc.creative.media.allow-loopback=true" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@AutoConfigureMockMvc
@Import(PhotoIntakeIntegrationTests.StubResolver.class)
class PhotoIntakeIntegrationTests {

	static final byte[] JPEG = TestPhotos.jpeg(120, 90);

	static final byte[] PNG = TestPhotos.png(64, 64);

	static HttpServer photos;

	@TempDir
	static Path blobs;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		LocalPostgres.register(registry, "creative");
		LocalRedis.register(registry);
		registry.add("aigc.storage.root", blobs::toString);
	}

	@BeforeAll
	static void serve() throws IOException {
		photos = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
		photos.createContext("/cup.jpg", (exchange) -> {
			exchange.sendResponseHeaders(200, JPEG.length);
			exchange.getResponseBody().write(JPEG);
			exchange.close();
		});
		photos.createContext("/page.html", (exchange) -> {
			byte[] html = "<html></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			exchange.sendResponseHeaders(200, html.length);
			exchange.getResponseBody().write(html);
			exchange.close();
		});
		photos.start();
	}

	@AfterAll
	static void stopServing() {
		photos.stop(0);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	BlobStore blobStore;

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
	void uploadsAPhotoAndServesItBackToItsTenantOnly() throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/media").file(new MockMultipartFile("file", "cup.png", "image/png", PNG))
				.header("X-Tenant-Id", "acme"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andExpect(jsonPath("$.width").value(64))
			.andExpect(jsonPath("$.height").value(64))
			.andExpect(jsonPath("$.bytes").value(PNG.length))
			.andExpect(jsonPath("$.sha256").value(ContentDigests.sha256(PNG)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonMapper.shared().readTree(body).path("id").asString();
		this.mvc.perform(get("/api/v1/media/" + id).header("X-Tenant-Id", "acme"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		this.mvc.perform(get("/api/v1/media/" + id).header("X-Tenant-Id", "other")).andExpect(status().isNotFound());
	}

	@Test
	void refusesAnUploadThatIsNotAPhotoNamingThePart() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/media")
				.file(new MockMultipartFile("file", "x.gif", "image/gif", "GIF89a....".getBytes())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/media")
				.file(new MockMultipartFile("file", "huge.png", "image/png", TestPhotos.pngHeaderOnly(10000, 10000))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("10000×10000")));
	}

	@Test
	void fetchesUrlsAndResolvesUploadsIntoTheProductsPhotos() throws Exception {
		String id = upload(PNG);
		String requirement = submit(product("[\"" + url("/cup.jpg") + "\",\"" + id + "\"]"));
		ConceptCreated concept = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.concepts.records()
				.stream()
				.filter((record) -> record.key().equals(requirement))
				.map((record) -> (ConceptCreated) EventCodec.decode(record.value(), ConceptEvent.class))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		List<String> images = concept.product().images();
		assertThat(images).hasSize(2).allSatisfy((uri) -> assertThat(uri).startsWith("blob:media/default/"));
		assertThat(this.blobStore.read(images.get(0))).isEqualTo(JPEG);
		assertThat(this.blobStore.read(images.get(1))).isEqualTo(PNG);
	}

	@Test
	void namesEachPhotoThatCannotBeUsed() throws Exception {
		this.mvc
			.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON)
				.content(product("[\"" + url("/cup.jpg") + "\",\"http://intranet.test/a.png\",\"" + url("/page.html")
						+ "\",\"" + "0".repeat(32) + "\"]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.contains("images[1]", "images[2]", "images[3]")))
			.andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("10.0.0.8")));
		this.mvc
			.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON)
				.content(product("[\"ftp://photos.test/a.png\",\"\"]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("images[0]", "images[1]")));
		this.mvc.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON).content(product("[]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("images"));
	}

	@Test
	void acceptsTheBatchLinesWhosePhotosArriveAndNamesTheOthers() throws Exception {
		String batch = product("[\"" + url("/cup.jpg") + "\"]") + "\n" + product("[\"" + url("/missing.png") + "\"]")
				+ "\n" + product("[\"" + url("/cup.jpg") + "\"]") + "\n";
		this.mvc.perform(post("/api/v1/requirements/batch").contentType("application/jsonl").content(batch))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].line").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("images[0]"))
			.andExpect(jsonPath("$.errors[0].detail").value("answered HTTP 404"))
			.andExpect(jsonPath("$.accepted", hasSize(2)))
			.andExpect(jsonPath("$.accepted[1].line").value(3));
	}

	private String upload(byte[] photo) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/media").file(new MockMultipartFile("file", "p.png", "image/png", photo)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.shared().readTree(body).path("id").asString();
	}

	private String submit(String product) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/requirements").contentType(MediaType.APPLICATION_JSON).content(product))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode accepted = JsonMapper.shared().readTree(body);
		return accepted.path("requirementId").asString();
	}

	private static String product(String images) {
		return CreativeIntegrationTests.PRODUCT.replace("\"variantCount\":3",
				"\"variantCount\":1,\"images\":" + images);
	}

	private static String url(String path) {
		return "http://photos.test:" + photos.getAddress().getPort() + path;
	}

	@TestConfiguration
	static class StubResolver {

		@Bean
		HostResolver hostResolver() {
			return (host) -> switch (host) {
				case "photos.test" -> List.of(InetAddress.getByName("127.0.0.1"));
				case "intranet.test" -> List.of(InetAddress.getByName("10.0.0.8"));
				default -> throw new UnknownHostException(host);
			};
		}

	}

}
