package io.aigcfactory.bench.inference;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import inference.ModelInferRequest;
import io.aigcfactory.creative.concept.ConceptBrief;
import io.aigcfactory.creative.concept.Direction;
import io.aigcfactory.creative.concept.WrittenConcept;
import io.aigcfactory.creative.concept.llm.LlmConceptWriter;
import io.aigcfactory.creative.concept.llm.LlmConfiguration;
import io.aigcfactory.creative.concept.llm.LlmSettings;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.langchain4j.LlmDialect;
import io.aigcfactory.inference.langchain4j.TritonChatModel;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonChannels;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.inference.triton.TritonStreamBackend;
import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.LlmTestModel;
import io.aigcfactory.test.kserve.ModelStats;
import io.grpc.ManagedChannel;

/**
 * The {@code llm} hop against the KServe test server over a loopback socket: the batching
 * {@code llm_batched} model (cost 20 ms + 2 ms per prompt, batches of up to 16) called
 * one prompt per request and through the {@code DynamicBatcher}; then concepts per second
 * through the whole LLM writer (prompt, {@code TritonChatModel} on the decoupled
 * {@code llm} model, schema and rule check). Prints a Markdown report.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inference.GenerativeBench [seconds per scenario]}
 */
public final class GenerativeBench {

	private static final String BATCHED = "llm_batched";

	private static final String STREAMED = "llm";

	private static final Duration A = Duration.ofMillis(20);

	private static final Duration B = Duration.ofMillis(2);

	private static final Product PRODUCT = new Product("SKU-EAR-01", "声悦 Pro2 真无线蓝牙耳机 主动降噪 长续航", "声悦", "数码/耳机",
			new BigDecimal("299"), List.of("主动降噪", "30小时续航", "蓝牙5.3低延迟"), "通勤上班族、学生党", "入耳式设计，佩戴稳固。");

	private GenerativeBench() {
	}

	public static void main(String[] args) throws Exception {
		Duration measure = Duration.ofSeconds((args.length > 0) ? Integer.parseInt(args[0]) : 8);
		Duration warmup = Duration.ofSeconds(2);
		System.out.printf(Locale.ROOT, "# Generative hop bench (%s per scenario, %d CPUs, %s)%n%n", measure,
				Runtime.getRuntime().availableProcessors(), Runtime.version());
		try (KServeTestServer server = KServeTestServer.onSocket(LlmTestModel.batched(BATCHED, 16, A, B),
				LlmTestModel.decoupled(STREAMED))) {
			ManagedChannel channel = TritonChannels.open(server.target(), 64 << 20, Duration.ofMinutes(5));
			try {
				TritonClient client = new TritonClient(server.target(), channel, 64 << 20);
				hop(server, client, warmup, measure);
				writer(server, client, warmup, measure);
			}
			finally {
				channel.shutdownNow();
			}
		}
	}

	private static void hop(KServeTestServer server, TritonClient client, Duration warmup, Duration measure)
			throws InterruptedException {
		AtomicInteger n = new AtomicInteger();
		Latencies direct = new Latencies();
		double directRate = LoadDriver.closedLoop(32, warmup, measure,
				() -> client.infer(request(prompt(n.incrementAndGet())), Duration.ofSeconds(30)), direct);
		ModelStats afterDirect = server.stats(BATCHED);
		Latencies batched = new Latencies();
		double batchedRate;
		BatchPolicy policy = new BatchPolicy(16, 16, Duration.ofMillis(2), 4096, 3, 2, Duration.ofSeconds(30), 2);
		try (DynamicBatcher<ModelInput, ModelOutput> batcher = new DynamicBatcher<>(
				new TritonBackend(TritonModel.batched(BATCHED), List.of(client)), policy, (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE)) {
			batchedRate = LoadDriver.closedLoop(32, warmup, measure,
					() -> batcher.submit(ModelInput
						.of(Tensors.strings("text_input", new long[] { 1 }, List.of(prompt(n.incrementAndGet())))),
							Duration.ofSeconds(30), 2),
					batched);
		}
		ModelStats afterBatched = server.stats(BATCHED);
		double meanBatch = (double) (afterBatched.items() - afterDirect.items())
				/ (afterBatched.requests() - afterDirect.requests());
		System.out.println("## The llm hop: one prompt per request vs batched (concurrency 32, closed loop)\n");
		System.out.printf(Locale.ROOT,
				"model `llm_batched`: cost a + b·batch = %d ms + %d ms × batch, max batch 16, one instance; "
						+ "ceiling one by one 1/(a+b) = %.1f prompts/s, full batches 16/(a+16b) = %.1f prompts/s%n%n",
				A.toMillis(), B.toMillis(), 1000.0 / (A.toMillis() + B.toMillis()),
				16000.0 / (A.toMillis() + 16 * B.toMillis()));
		System.out.println("| mode | prompts/s | p50 ms | p95 ms | p99 ms |");
		System.out.println("|---|---|---|---|---|");
		row("one by one (TritonClient.infer)", directRate, direct);
		row("batched (DynamicBatcher, max 16)", batchedRate, batched);
		System.out.printf(Locale.ROOT, "%nspeed-up **%.2f×**; mean batch %.1f prompts%n%n", batchedRate / directRate,
				meanBatch);
	}

	private static void writer(KServeTestServer server, TritonClient client, Duration warmup, Duration measure)
			throws InterruptedException {
		BatchPolicy policy = BatchPolicy.concurrencyOnly(16)
			.withQueue(4096, Duration.ofSeconds(30))
			.withPriorities(3, 2);
		try (DynamicBatcher<ModelInput, List<ModelOutput>> batcher = new DynamicBatcher<>(
				new TritonStreamBackend(TritonModel.unbatched(STREAMED), List.of(client)), policy, (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE)) {
			LlmSettings settings = new LlmSettings(null, STREAMED, null, LlmSettings.Provider.TRITON,
					Duration.ofSeconds(30), 600, 0.7, true,
					new LlmSettings.Budget(Long.MAX_VALUE, Duration.ofHours(24), Long.MAX_VALUE));
			try (LlmConceptWriter writer = LlmConfiguration.writer(
					new TritonChatModel(batcher, LlmDialect.VLLM, 600, Duration.ofSeconds(30)), settings,
					Clock.systemUTC()); ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
				System.out.println("## Concepts through the LLM writer (decoupled `llm` model, TritonChatModel)\n");
				System.out.println("| writers in parallel | concepts/s | p50 ms | p99 ms | by the model | fallbacks |");
				System.out.println("|---|---|---|---|---|---|");
				for (int concurrency : new int[] { 1, 8 }) {
					AtomicLong byModel = new AtomicLong();
					AtomicLong fallbacks = new AtomicLong();
					AtomicInteger variation = new AtomicInteger();
					Latencies latencies = new Latencies();
					double rate = LoadDriver.closedLoop(concurrency, warmup, measure,
							() -> CompletableFuture.supplyAsync(() -> {
								int v = variation.incrementAndGet();
								WrittenConcept written = writer.write(new ConceptBrief("bench", RequirementId.next(),
										PRODUCT, Direction.of(Angle.values()[v % Angle.values().length], 0), 0,
										Set.of(), null));
								(written.authorship().fellBack() ? fallbacks : byModel).incrementAndGet();
								return written;
							}, threads), latencies);
					System.out.printf(Locale.ROOT, "| %d | %.0f | %.2f | %.2f | %d | %d |%n", concurrency, rate,
							latencies.percentileMillis(50), latencies.percentileMillis(99), byModel.get(),
							fallbacks.get());
				}
				System.out.println();
			}
		}
	}

	private static String prompt(int n) {
		return "<|im_start|>system\nangle 必须是 \"FUNCTION\"<|im_end|>\n<|im_start|>user\n<<<DATA-bench\n"
				+ "{\"title\":\"保温杯 " + n + "\",\"brand\":\"暖暖\",\"category\":\"家居/杯具\",\"price\":\"89.90\","
				+ "\"sellingPoints\":[\"12小时保温\",\"316不锈钢\"],\"audience\":\"上班族\"}\nDATA-bench>>><|im_end|>\n"
				+ "<|im_start|>assistant\n";
	}

	private static ModelInferRequest request(String prompt) {
		return ModelInferRequest.newBuilder()
			.setModelName(BATCHED)
			.addInputs(ModelInferRequest.InferInputTensor.newBuilder()
				.setName("text_input")
				.setDatatype("BYTES")
				.addShape(1)
				.addShape(1))
			.addRawInputContents(Tensors.strings("text_input", new long[] { 1 }, List.of(prompt)).data())
			.build();
	}

	private static void row(String mode, double rate, Latencies latencies) {
		System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f |%n", mode, rate,
				latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
	}

}
