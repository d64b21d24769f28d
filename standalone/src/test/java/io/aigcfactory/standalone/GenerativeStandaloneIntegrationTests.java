package io.aigcfactory.standalone;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.LlmTestModel;
import io.aigcfactory.test.kserve.SdxlTestModel;
import io.aigcfactory.test.kserve.TestModel;
import io.aigcfactory.test.kserve.TestModels;
import io.aigcfactory.test.kserve.TestTensor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The generative path as a user runs it: the standalone JVM pointed at a KServe v2 server
 * (the test server's {@code llm} and {@code sdxl} models over a loopback socket), a
 * product photo uploaded through the gateway, and the published files judged against what
 * the models were asked and answered: each copy is the language model's answer, each main
 * image stands on the diffusion model's scene for a prompt it received, and shows the
 * uploaded photo's product.
 */
class GenerativeStandaloneIntegrationTests {

	/** The product's colour in the uploaded photo; nothing else in a layout uses it. */
	static final Color PRODUCT = new Color(0, 170, 90);

	static final int SCENE_SIDE = 256;

	@TempDir
	static Path root;

	static KServeTestServer models;

	static Standalone platform;

	/** The prompts the {@code llm} model was sent. */
	static final Set<String> llmPrompts = ConcurrentHashMap.newKeySet();

	/** The scenes the {@code sdxl} model painted. */
	static final Set<PaintedScene> scenes = ConcurrentHashMap.newKeySet();

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.shared();

	@BeforeAll
	static void start() {
		models = KServeTestServer.onSocket(recordingPrompts(LlmTestModel.decoupled("llm")),
				recordingScenes(SdxlTestModel.model("sdxl")));
		String endpoint = models.target();
		Map<String, String> properties = new HashMap<>();
		properties.put("aigc.creative.llm.provider", "triton");
		properties.put("aigc.creative.llm.model", "llm");
		properties.put("aigc.inference.models.llm.endpoints", endpoint);
		properties.put("aigc.inference.models.llm.decoupled", "true");
		properties.put("aigc.inference.models.llm.max-batch-size", "0");
		properties.put("aigc.production.scene.backend", "triton");
		properties.put("aigc.production.scene.width", String.valueOf(SCENE_SIDE));
		properties.put("aigc.production.scene.height", String.valueOf(SCENE_SIDE));
		properties.put("aigc.production.scene.steps", "4");
		properties.put("aigc.inference.models.sdxl.endpoints", endpoint);
		platform = Standalone
			.start(new StandaloneSettings(0, root.resolve("data"), root.resolve("out"), 2, Map.copyOf(properties)));
	}

	@AfterAll
	static void stop() {
		if (platform != null) {
			platform.close();
		}
		if (models != null) {
			models.close();
		}
	}

	@Test
	void publishesModelWrittenCopyOverGeneratedScenesWithTheProductsPhoto() throws Exception {
		HttpResponse<String> uploaded = upload(photo());
		assertThat(uploaded.statusCode()).isEqualTo(201);
		String media = json.readTree(uploaded.body()).path("id").asString();

		String product = """
				{"sku":"BOT-9009","title":"青野 便携运动水壶 600ml","brand":"青野","category":"运动/水壶",
				"price":59.00,"sellingPoints":["单手开盖","防漏硅胶圈","轻至 180g"],"audience":"健身和户外爱好者",
				"channels":["taobao","douyin"],"variantCount":2,"images":["%s"]}""".formatted(media).replace("\n", "");
		HttpResponse<String> accepted = post("/api/v1/requirements", product);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String id = json.readTree(accepted.body()).path("requirementId").asString();

		JsonNode settled = await().atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> json.readTree(get("/api/v1/requirements/" + id).body()),
					(progress) -> progress.path("settled").asBoolean());
		assertThat(settled.path("status").asString()).isEqualTo("COMPLETED");

		Set<String> headlines = new java.util.HashSet<>();
		for (String prompt : llmPrompts) {
			headlines.add(json.readTree(LlmTestModel.answer(prompt)).path("headline").asString());
		}
		assertThat(llmPrompts).as("prompts the llm model received").isNotEmpty();
		assertThat(scenes).as("scenes the sdxl model painted").isNotEmpty();

		int exported = 0;
		for (String channel : List.of("taobao", "douyin")) {
			for (String line : Files.readAllLines(root.resolve("out").resolve(channel).resolve("manifest.jsonl"))) {
				Path folder = root.resolve("out")
					.resolve(channel)
					.resolve(json.readTree(line).path("folder").asString());
				String firstLine = Files.readAllLines(folder.resolve("copy.txt"), StandardCharsets.UTF_8).getFirst();
				// Published copy opens with its explicit AI-generation label (the default
				// marking), then the headline.
				assertThat(firstLine).as("the explicit AI label").startsWith("【AI生成】");
				String headline = firstLine.substring("【AI生成】".length());
				assertThat(headlines).as("the published headline is one the llm model answered").contains(headline);
				BufferedImage image = ImageIO.read(folder.resolve("main-800x800.png").toFile());
				String view = get("/api/v1/assets/" + json.readTree(line).path("assetId").asString()).body();
				assertThat(bestSceneMatch(image)).as("margin pixels from a scene the sdxl model painted: %s", view)
					.isGreaterThanOrEqualTo(15);
				assertThat(pixelsNear(image, PRODUCT)).as("pixels of the uploaded photo's product").isGreaterThan(3000);
				exported++;
			}
		}
		assertThat(exported).isEqualTo(2 * 2);
	}

	/** A product photo: a green bottle on a plain white background. */
	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(480, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 480, 480);
		graphics.setColor(PRODUCT);
		graphics.fillRoundRect(170, 60, 140, 360, 50, 50);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

	/** Of 19 points down the left margin, the most that match one painted scene. */
	private static int bestSceneMatch(BufferedImage image) {
		int best = 0;
		for (PaintedScene scene : scenes) {
			byte[] pixels = SdxlTestModel.paint(scene.prompt(), scene.seed(), SCENE_SIDE, SCENE_SIDE);
			int matching = 0;
			for (int y = 40; y < 800; y += 40) {
				matching += (distance(image.getRGB(6, y), sceneAt(pixels, 6, y)) <= 10) ? 1 : 0;
			}
			best = Math.max(best, matching);
		}
		return best;
	}

	/** The scene's pixel under a point of the 800×800 image it covers. */
	private static int sceneAt(byte[] scene, int x, int y) {
		double scale = 800.0 / SCENE_SIDE;
		int sx = Math.min((int) ((x + 0.5) / scale), SCENE_SIDE - 1);
		int sy = Math.min((int) ((y + 0.5) / scale), SCENE_SIDE - 1);
		int offset = (sy * SCENE_SIDE + sx) * 3;
		return (scene[offset] & 0xFF) << 16 | (scene[offset + 1] & 0xFF) << 8 | (scene[offset + 2] & 0xFF);
	}

	private static int pixelsNear(BufferedImage image, Color colour) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				count += (distance(image.getRGB(x, y), colour.getRGB()) <= 6) ? 1 : 0;
			}
		}
		return count;
	}

	private static int distance(int one, int other) {
		return Math.max(Math.abs(((one >> 16) & 0xFF) - ((other >> 16) & 0xFF)), Math
			.max(Math.abs(((one >> 8) & 0xFF) - ((other >> 8) & 0xFF)), Math.abs((one & 0xFF) - (other & 0xFF))));
	}

	private static TestModel recordingPrompts(TestModel model) {
		return new TestModel(model.name(), model.inputs(), model.outputs(), model.maxBatchSize(), model.a(), model.b(),
				model.instances(), model.decoupled(), (batch, inputs) -> {
					texts(inputs, "text_input").forEach(llmPrompts::add);
					return model.kernel().compute(batch, inputs);
				});
	}

	private static TestModel recordingScenes(TestModel model) {
		return new TestModel(model.name(), model.inputs(), model.outputs(), model.maxBatchSize(), model.a(), model.b(),
				model.instances(), model.decoupled(), (batch, inputs) -> {
					List<String> prompts = texts(inputs, "prompt");
					TestTensor seeds = inputs.stream().filter((t) -> t.name().equals("seed")).findFirst().orElseThrow();
					java.nio.LongBuffer values = seeds.raw()
						.asReadOnlyByteBuffer()
						.order(java.nio.ByteOrder.LITTLE_ENDIAN)
						.asLongBuffer();
					for (int k = 0; k < prompts.size(); k++) {
						scenes.add(new PaintedScene(prompts.get(k), values.get(k)));
					}
					return model.kernel().compute(batch, inputs);
				});
	}

	private static List<String> texts(List<TestTensor> inputs, String name) {
		List<String> texts = new ArrayList<>();
		inputs.stream()
			.filter((tensor) -> tensor.name().equals(name))
			.forEach((tensor) -> TestModels.bytesElements(tensor.raw())
				.forEach((bytes) -> texts.add(new String(bytes, StandardCharsets.UTF_8))));
		return texts;
	}

	private static HttpResponse<String> upload(byte[] png) throws Exception {
		String boundary = "it-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bottle.png\""
				+ "\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + "/api/v1/media"))
			.header("Authorization", "Bearer " + platform.adminKey())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
			.header("Authorization", "Bearer " + platform.adminKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.port() + path))
			.header("Authorization", "Bearer " + platform.adminKey())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	record PaintedScene(String prompt, long seed) {
	}

}
