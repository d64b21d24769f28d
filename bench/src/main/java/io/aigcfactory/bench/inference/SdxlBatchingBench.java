package io.aigcfactory.bench.inference;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonChannels;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.ModelStats;
import io.aigcfactory.test.kserve.SdxlTestModel;
import io.grpc.ManagedChannel;

/**
 * The {@code sdxl} hop through the shared batcher against the KServe test server's
 * {@code sdxl} model over a loopback socket: one scene per call against batches weighed
 * at pixels × steps, with the model costing {@code a + b·batch}. Items carry the tensors
 * production's Triton scene generator sends. Prints a Markdown report.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inference.SdxlBatchingBench [seconds] [a ms] [b ms] [side px]}
 */
public final class SdxlBatchingBench {

	private static final String MODEL = "sdxl";

	private static final long[] ONE = { 1 };

	private static final int STEPS = 30;

	private static final int CONCURRENCY = 16;

	private final KServeTestServer server;

	private final TritonClient client;

	private final Duration measure;

	private final int side;

	private final AtomicLong prompts = new AtomicLong();

	private SdxlBatchingBench(KServeTestServer server, TritonClient client, Duration measure, int side) {
		this.server = server;
		this.client = client;
		this.measure = measure;
		this.side = side;
	}

	public static void main(String[] args) throws Exception {
		Duration measure = Duration.ofSeconds((args.length > 0) ? Integer.parseInt(args[0]) : 8);
		Duration a = Duration.ofMillis((args.length > 1) ? Long.parseLong(args[1]) : 40);
		Duration b = Duration.ofMillis((args.length > 2) ? Long.parseLong(args[2]) : 10);
		int side = (args.length > 3) ? Integer.parseInt(args[3]) : 256;
		try (KServeTestServer server = KServeTestServer.onSocket(SdxlTestModel.model(MODEL).withCost(a, b))) {
			ManagedChannel channel = TritonChannels.open(server.target(), 256 << 20, Duration.ofMinutes(5));
			try {
				System.out.printf(Locale.ROOT,
						"# sdxl hop (%s per mode after 2 s warm-up, concurrency %d, %d CPUs, %s)%n%n"
								+ "model cost a = %d ms, b = %d ms per item, 1 instance, max batch 8; scenes %d×%d,"
								+ " %d steps: cost %d per item (pixels × steps)%n%n",
						measure, CONCURRENCY, Runtime.getRuntime().availableProcessors(), Runtime.version(),
						a.toMillis(), b.toMillis(), side, side, STEPS, (long) side * side * STEPS);
				new SdxlBatchingBench(server, new TritonClient(server.target(), channel, 256 << 20), measure, side)
					.run(a, b);
			}
			finally {
				channel.shutdownNow();
			}
		}
	}

	private void run(Duration a, Duration b) throws Exception {
		long itemCost = (long) this.side * this.side * STEPS;
		System.out.println("| mode | scenes/s | theoretical | RPCs | mean batch | p50 ms | p95 ms |");
		System.out.println("|---|---|---|---|---|---|---|");
		double single = mode("one by one (batcher, max 1 item)", 1, itemCost, a, b);
		double batched = mode("batched (max 8 items, cost cap 8 scenes)", 8, 8 * itemCost, a, b);
		double capped = mode("batched (max 8 items, cost cap 4 scenes)", 8, 4 * itemCost, a, b);
		System.out.printf(Locale.ROOT, "%nbatched / one by one: **%.2f×** (cost cap 8), **%.2f×** (cost cap 4)%n",
				batched / single, capped / single);
		verify();
	}

	private double mode(String name, int items, long maxCost, Duration a, Duration b) throws Exception {
		ModelStats before = this.server.stats(MODEL);
		Latencies latencies = new Latencies();
		BatchPolicy policy = new BatchPolicy(items, maxCost, Duration.ofMillis(5), 1024, 3, 2, Duration.ofSeconds(60),
				2);
		long itemCost = (long) this.side * this.side * STEPS;
		double rate;
		try (DynamicBatcher<ModelInput, ModelOutput> batcher = new DynamicBatcher<>(
				new TritonBackend(TritonModel.batched(MODEL), List.of(this.client)), policy, (item) -> itemCost,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE)) {
			rate = LoadDriver.closedLoop(CONCURRENCY, Duration.ofSeconds(2), this.measure,
					() -> batcher.submit(input("scene " + this.prompts.incrementAndGet()))
						.thenApply((output) -> checked(output.tensor("image"))),
					latencies);
		}
		ModelStats after = this.server.stats(MODEL);
		long requests = after.requests() - before.requests();
		double meanBatch = (double) (after.items() - before.items()) / Math.max(1, requests);
		int batch = (int) Math.max(1, Math.min(items, maxCost / itemCost));
		double theoretical = batch / ((a.toNanos() + batch * b.toNanos()) / 1e9);
		System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %d | %.2f | %.0f | %.0f |%n", name, rate, theoretical,
				requests, meanBatch, latencies.percentileMillis(50), latencies.percentileMillis(95));
		return rate;
	}

	/**
	 * One scene through the same path, compared byte for byte with the model's painting.
	 */
	private void verify() {
		try (DynamicBatcher<ModelInput, ModelOutput> batcher = DynamicBatcher.create(
				new TritonBackend(TritonModel.batched(MODEL), List.of(this.client)),
				BatchPolicy.ofItems(8, Duration.ofMillis(5)))) {
			byte[] pixels = Tensors.toUint8(batcher.submit(input("海边 日落 check")).join().tensor("image"));
			boolean same = Arrays.equals(pixels, SdxlTestModel.paint("海边 日落 check", 7, this.side, this.side));
			System.out.println("\nscene pixels equal the model's painting for its prompt and seed: " + same);
		}
	}

	private Tensor checked(Tensor image) {
		if (image.dim(0) != this.side || image.dim(1) != this.side || image.dim(2) != 3) {
			throw new IllegalStateException("unexpected scene " + image);
		}
		return image;
	}

	private ModelInput input(String prompt) {
		return ModelInput.of(Tensors.strings("prompt", ONE, List.of(prompt)),
				Tensors.strings("negative_prompt", ONE, List.of("文字, 水印")), Tensors.int64("seed", ONE, 7),
				Tensors.int32("width", ONE, this.side), Tensors.int32("height", ONE, this.side),
				Tensors.int32("steps", ONE, STEPS));
	}

}
