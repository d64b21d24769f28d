package io.aigcfactory.bench.cache;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.creative.concept.WrittenConcept;
import io.aigcfactory.creative.concept.llm.LlmConceptWriter;
import io.aigcfactory.creative.concept.llm.LlmConfiguration;
import io.aigcfactory.creative.concept.llm.LlmSettings;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Scene;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.langchain4j.LlmDialect;
import io.aigcfactory.inference.langchain4j.TritonChatModel;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonChannels;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.inference.triton.TritonStreamBackend;
import io.aigcfactory.platform.cache.CacheAutoConfiguration;
import io.aigcfactory.platform.modelcache.ModelCacheAutoConfiguration;
import io.aigcfactory.platform.modelcache.ModelOutputCache;
import io.aigcfactory.production.image.CachingSceneGenerator;
import io.aigcfactory.production.image.SceneGenerator;
import io.aigcfactory.production.image.SceneSettings;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.LlmTestModel;
import io.aigcfactory.test.kserve.SdxlTestModel;
import io.grpc.ManagedChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the sample catalog ({@code samples/catalog.jsonl}: every product in each of its
 * variants) through the cached model paths three times: concepts from the LLM writer over
 * the KServe test server's decoupled {@code llm} model, then each concept's scene from a
 * scene generator painting {@code SdxlTestModel}'s pixels, both behind the model output
 * cache as the services wire it. Pass 1 starts cold, pass 2 repeats the catalog in the
 * same process, pass 3 repeats it after a restart (a new application context with an
 * empty hot tier over the same disk directory). Prints the model calls and the lookups by
 * tier and result for each pass.
 * <p>
 * Arguments: the hot tier ({@code caffeine} or {@code redis}, default {@code caffeine}),
 * and the Redis URI for {@code redis} (default {@code redis://127.0.0.1:6379}).
 */
public final class ModelCacheBench {

	private static final String LLM = "llm";

	private static final SceneSettings SCENES = new SceneSettings(SceneSettings.Backend.TRITON, "sdxl", 30, 512, 512,
			Duration.ofSeconds(30));

	private ModelCacheBench() {
	}

	public static void main(String[] args) throws Exception {
		String store = (args.length > 0) ? args[0] : "caffeine";
		String redis = (args.length > 1) ? args[1] : "redis://127.0.0.1:6379";
		List<ConceptBrief> catalog = catalog(Path.of("samples/catalog.jsonl"));
		Path directory = Files.createTempDirectory("model-cache-bench");
		String prefix = "bench:" + UUID.randomUUID() + ":";
		System.out.printf(Locale.ROOT,
				"# Model output cache on a repeated catalog (%d briefs, hot tier %s, %d CPUs, %s)%n%n", catalog.size(),
				store, Runtime.getRuntime().availableProcessors(), Runtime.version());
		System.out.println("| pass | wall s | LLM calls | scenes painted | text l1 hit/miss | text l2 hit/miss "
				+ "| image l1 hit/miss | image l2 hit/miss | hit ratio (text, image) |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		try (KServeTestServer server = KServeTestServer.onSocket(LlmTestModel.decoupled(LLM))) {
			ManagedChannel channel = TritonChannels.open(server.target(), 64 << 20, Duration.ofMinutes(5));
			BatchPolicy policy = BatchPolicy.concurrencyOnly(16)
				.withQueue(4096, Duration.ofSeconds(30))
				.withPriorities(3, 2);
			try (DynamicBatcher<ModelInput, List<ModelOutput>> batcher = new DynamicBatcher<>(
					new TritonStreamBackend(TritonModel.unbatched(LLM),
							List.of(new TritonClient(server.target(), channel, 64 << 20))),
					policy, (item) -> 1, EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE)) {
				TritonChatModel model = new TritonChatModel(batcher, LlmDialect.VLLM, 600, Duration.ofSeconds(30));
				AtomicLong painted = new AtomicLong();
				SceneGenerator painter = (scene, deadline) -> {
					painted.incrementAndGet();
					return CompletableFuture.completedFuture(image(scene));
				};
				String[] passes = { "1 cold", "2 repeated", "3 after a restart" };
				ConfigurableApplicationContext context = caches(store, redis, prefix, directory);
				try {
					for (int pass = 0; pass < passes.length; pass++) {
						if (pass == 2) {
							context.close();
							context = caches(store, redis, prefix + "restarted:", directory);
						}
						ModelOutputCache cache = context.getBean(ModelOutputCache.class);
						MeterRegistry meters = context.getBean(MeterRegistry.class);
						double[] before = counts(meters);
						long callsBefore = server.stats(LLM).requests();
						long paintedBefore = painted.get();
						LlmSettings settings = new LlmSettings(null, LLM, null, LlmSettings.Provider.TRITON,
								Duration.ofSeconds(30), 600, 0.7, true,
								new LlmSettings.Budget(Long.MAX_VALUE, Duration.ofHours(24), Long.MAX_VALUE));
						CachingSceneGenerator scenes = new CachingSceneGenerator(painter, cache, SCENES);
						long start = System.nanoTime();
						try (LlmConceptWriter writer = LlmConfiguration
							.writer(LlmConfiguration.cached(model, settings, cache), settings, Clock.systemUTC())) {
							for (ConceptBrief brief : catalog) {
								WrittenConcept concept = writer.write(brief);
								if (concept.scene() != null) {
									scenes.generate(concept.scene(), SCENES.deadline()).join();
								}
							}
						}
						double seconds = (System.nanoTime() - start) / 1e9;
						double[] c = counts(meters);
						for (int i = 0; i < c.length; i++) {
							c[i] -= before[i];
						}
						System.out.printf(Locale.ROOT,
								"| %s | %.1f | %d | %d | %d/%d | %d/%d | %d/%d | %d/%d | %s, %s |%n", passes[pass],
								seconds, server.stats(LLM).requests() - callsBefore, painted.get() - paintedBefore,
								(long) c[0], (long) c[1], (long) c[2], (long) c[3], (long) c[4], (long) c[5],
								(long) c[6], (long) c[7], ratio(c[0] + c[2], c[0] + c[1]),
								ratio(c[4] + c[6], c[4] + c[5]));
					}
				}
				finally {
					context.close();
				}
			}
			finally {
				channel.shutdownNow();
			}
		}
		System.out.println();
	}

	private static ConfigurableApplicationContext caches(String store, String redis, String prefix, Path directory) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(
				"redis".equals(store) ? RedisCaches.class : Caches.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("aigc.cache.store=" + store, "aigc.cache.key-prefix=" + prefix, "aigc.model-cache.enabled=true",
					"aigc.model-cache.directory=" + directory, "spring.data.redis.url=" + redis,
					"logging.level.root=WARN");
		return builder.run();
	}

	/** Hits and misses of l1 and l2 for text, then for images. */
	private static double[] counts(MeterRegistry meters) {
		double[] counts = new double[8];
		int i = 0;
		for (String type : List.of("text", "image")) {
			for (String tier : List.of("l1", "l2")) {
				counts[i++] = count(meters, tier, "hit", type);
				counts[i++] = count(meters, tier, "miss", type);
			}
		}
		return counts;
	}

	/** Lookups answered by either tier over all lookups. */
	private static String ratio(double hits, double lookups) {
		return (lookups == 0) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * hits / lookups);
	}

	private static double count(MeterRegistry meters, String tier, String result, String type) {
		Counter counter = meters.find("aigc.model.cache.requests")
			.tags("tier", tier, "result", result, "type", type)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static BufferedImage image(Scene scene) {
		int width = SCENES.width();
		int height = SCENES.height();
		byte[] rgb = SdxlTestModel.paint(scene.prompt(), scene.seed(), width, height);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0, i = 0; y < height; y++) {
			for (int x = 0; x < width; x++, i += 3) {
				image.setRGB(x, y, ((rgb[i] & 0xff) << 16) | ((rgb[i + 1] & 0xff) << 8) | (rgb[i + 2] & 0xff));
			}
		}
		return image;
	}

	/**
	 * Every product of the catalog in each of its variants, each variant its own angle.
	 */
	static List<ConceptBrief> catalog(Path jsonl) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<ConceptBrief> briefs = new ArrayList<>();
		for (String line : Files.readAllLines(jsonl)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			List<String> points = new ArrayList<>();
			node.path("sellingPoints").forEach((point) -> points.add(point.asText()));
			Product product = new Product(node.path("sku").asText(), node.path("title").asText(),
					node.path("brand").asText(), node.path("category").asText(),
					new BigDecimal(node.path("price").asText()), points, node.path("audience").asText(),
					node.path("description").asText(null), List.of());
			int variants = Math.max(1, node.path("variantCount").asInt(1));
			for (int v = 0; v < variants; v++) {
				Angle angle = Angle.values()[v % Angle.values().length];
				briefs.add(new ConceptBrief("bench", RequirementId.next(), product, Direction.of(angle, v), v, Set.of(),
						null));
			}
		}
		return briefs;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ CacheAutoConfiguration.class, ModelCacheAutoConfiguration.class })
	static class Caches {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataRedisAutoConfiguration.class, CacheAutoConfiguration.class,
			ModelCacheAutoConfiguration.class })
	static class RedisCaches {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
