package io.aigcfactory.bench.inference;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import inference.ModelInferRequest;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.ItemResult;
import io.aigcfactory.inference.batch.ModelBackend;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonChannels;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.aigcfactory.test.kserve.ModelStats;
import io.aigcfactory.test.kserve.TestModels;
import io.grpc.ManagedChannel;

/**
 * The batcher against the KServe test server over a loopback socket, with a model costing
 * 8 ms + 0.5 ms per item, batches of up to 32, one instance. Scenarios: throughput at
 * concurrency 64 item by item and batched, overload at twice the measured capacity, 10%
 * load, and tight deadlines. Prints a Markdown report.
 * <p>
 * {@code java -cp ... io.aigcfactory.bench.inference.BatcherLoadBench [seconds per scenario]}
 */
public final class BatcherLoadBench {

	private static final String MODEL = "bench";

	private static final long[] ONE = { 1 };

	private final KServeTestServer server;

	private final TritonClient client;

	private final Duration measure;

	private final Duration warmup = Duration.ofSeconds(2);

	private BatcherLoadBench(KServeTestServer server, TritonClient client, Duration measure) {
		this.server = server;
		this.client = client;
		this.measure = measure;
	}

	public static void main(String[] args) throws Exception {
		Duration measure = Duration.ofSeconds((args.length > 0) ? Integer.parseInt(args[0]) : 8);
		try (KServeTestServer server = KServeTestServer
			.onSocket(TestModels.addOne(MODEL, 1, 32, Duration.ofMillis(8), Duration.ofNanos(500_000)))) {
			ManagedChannel channel = TritonChannels.open(server.target(), 64 << 20, Duration.ofMinutes(5));
			try {
				new BatcherLoadBench(server, new TritonClient(server.target(), channel, 64 << 20), measure).run();
			}
			finally {
				channel.shutdownNow();
			}
		}
	}

	private void run() throws Exception {
		System.out.printf(Locale.ROOT, "# Batcher load bench (%s per scenario, %d CPUs, %s)%n%n", this.measure,
				Runtime.getRuntime().availableProcessors(), Runtime.version());
		Latencies direct = new Latencies();
		double directRate = LoadDriver.closedLoop(64, this.warmup, this.measure,
				() -> this.client.infer(request(1f), Duration.ofSeconds(30)), direct);
		ModelStats afterDirect = this.server.stats(MODEL);
		Latencies batched = new Latencies();
		QueueWaits waits = new QueueWaits();
		double batchedRate;
		try (DynamicBatcher<ModelInput, ModelOutput> batcher = batcher(waits, 4096)) {
			batchedRate = LoadDriver.closedLoop(64, this.warmup, this.measure,
					() -> batcher.submit(input(1f), Duration.ofSeconds(30), 2), batched);
		}
		ModelStats afterBatched = this.server.stats(MODEL);
		double meanBatch = (double) (afterBatched.items() - afterDirect.items())
				/ (afterBatched.requests() - afterDirect.requests());
		System.out.println("## Throughput at concurrency 64 (closed loop)\n");
		System.out.println("| mode | items/s | p50 ms | p95 ms | p99 ms |");
		System.out.println("|---|---|---|---|---|");
		row("item by item (TritonClient.infer)", directRate, direct);
		row("batched (DynamicBatcher, max 32)", batchedRate, batched);
		System.out.printf(Locale.ROOT, "%nspeed-up **%.2f×**, p95 %s; mean batch %.1f items%n%n",
				batchedRate / directRate,
				batched.percentileMillis(95) <= direct.percentileMillis(95) ? "equal or better" : "WORSE", meanBatch);
		overload(batchedRate);
		lowLoad(batchedRate);
		deadlines(batchedRate);
	}

	private void overload(double peak) {
		QueueWaits waits = new QueueWaits();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		Latencies served = new Latencies();
		Latencies rejects = new Latencies();
		AtomicLong missed = new AtomicLong();
		long maxHeap;
		List<LoadDriver.Submitted> submitted;
		try (DynamicBatcher<ModelInput, ModelOutput> batcher = batcher(waits, 512)) {
			HeapWatch heap = new HeapWatch(memory);
			submitted = LoadDriver.openLoop(2 * peak, this.measure, 7,
					timed(() -> batcher.submit(input(1f), Duration.ofMillis(250), 2), served));
			submitted.forEach((s) -> settle(s.future()));
			maxHeap = heap.stop();
		}
		long ok = 0;
		long rejected = 0;
		for (LoadDriver.Submitted s : submitted) {
			InferenceException failure = failure(s.future());
			if (failure == null) {
				ok++;
			}
			else if (failure.reason() == InferenceException.Reason.QUEUE_FULL
					|| failure.reason() == InferenceException.Reason.DEADLINE_UNREACHABLE) {
				rejected++;
				rejects.add(s.submitNanos());
			}
			else {
				missed.incrementAndGet();
			}
		}
		double goodput = ok / (this.measure.toNanos() / 1e9);
		System.out.println("## Overload: offered 2× capacity (open loop, Poisson, deadline 250 ms)\n");
		System.out.printf(Locale.ROOT,
				"offered %.0f/s; goodput %.0f/s = **%.1f%% of the closed-loop peak** (%.1f%% of the model's"
						+ " theoretical 1333/s); rejected %d (%.1f%%), failed after admission %d;"
						+ " served p50 %.1f ms, p99 %.1f ms%n",
				2 * peak, goodput, 100 * goodput / peak, 100 * goodput / 1333.3, rejected,
				100.0 * rejected / submitted.size(), missed.get(), served.percentileMillis(50),
				served.percentileMillis(99));
		System.out.printf(Locale.ROOT,
				"rejection returned in p50 %.3f ms, p99 %.3f ms, max %.3f ms; max heap used %d MiB%n%n",
				rejects.percentileMillis(50), rejects.percentileMillis(99), rejects.maxMillis(), maxHeap >> 20);
	}

	private void lowLoad(double peak) throws InterruptedException {
		Latencies unloaded = new Latencies();
		LoadDriver.closedLoop(1, Duration.ofSeconds(1), Duration.ofSeconds(2),
				() -> this.client.infer(request(1f), Duration.ofSeconds(5)), unloaded);
		QueueWaits waits = new QueueWaits();
		Latencies batched = lowLoadRun(peak, policy(4096), waits);
		Latencies eager = lowLoadRun(peak, policy(4096).withMaxQueueDelay(Duration.ZERO), new QueueWaits());
		System.out.println("## 10% load (open loop, Poisson, same arrivals)\n");
		System.out.printf(Locale.ROOT,
				"one call alone (concurrency 1): mean %.3f ms. At %.0f items/s: batched (2 ms max queue delay) mean"
						+ " %.3f ms, p99 %.3f ms; dispatching whenever a slot is free (delay 0) mean %.3f ms:"
						+ " **added by the batching delay %.3f ms**; batcher queue wait mean %.3f ms over %d items%n%n",
				unloaded.meanMillis(), 0.1 * peak, batched.meanMillis(), batched.percentileMillis(99),
				eager.meanMillis(), batched.meanMillis() - eager.meanMillis(), waits.meanMillis(), waits.count());
	}

	private Latencies lowLoadRun(double peak, BatchPolicy policy, QueueWaits waits) {
		Latencies latencies = new Latencies();
		try (DynamicBatcher<ModelInput, ModelOutput> batcher = new DynamicBatcher<>(
				new TritonBackend(TritonModel.batched(MODEL), List.of(this.client)), policy, (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), waits)) {
			List<LoadDriver.Submitted> submitted = LoadDriver.openLoop(0.1 * peak, this.measure, 11,
					timed(() -> batcher.submit(input(1f), Duration.ofSeconds(5), 2), latencies));
			submitted.forEach((s) -> settle(s.future()));
		}
		return latencies;
	}

	private void deadlines(double peak) {
		AtomicLong dispatched = new AtomicLong();
		AtomicLong late = new AtomicLong();
		TritonBackend triton = new TritonBackend(TritonModel.batched(MODEL), List.of(this.client));
		ModelBackend<Deadlined, ModelOutput> checking = new DeadlineCheckingBackend(triton, dispatched, late);
		long expiredBefore = this.server.stats(MODEL).expiredOnArrival();
		List<LoadDriver.Submitted> submitted;
		java.util.Random random = new java.util.Random(3);
		try (DynamicBatcher<Deadlined, ModelOutput> batcher = new DynamicBatcher<>(checking, policy(4096), (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE)) {
			submitted = LoadDriver.openLoop(1.5 * peak, this.measure, 5, () -> {
				Duration deadline = Duration.ofMillis(20 + random.nextInt(280));
				return batcher.submit(new Deadlined(input(1f), System.nanoTime() + deadline.toNanos()), deadline, 2);
			});
			submitted.forEach((s) -> settle(s.future()));
		}
		long ok = submitted.stream().filter((s) -> failure(s.future()) == null).count();
		System.out.println("## Deadlines (1.5× capacity, deadlines uniform 20–300 ms)\n");
		System.out.printf(Locale.ROOT,
				"submitted %d, dispatched %d, succeeded %d; **dispatched after their deadline: %d**;"
						+ " requests already expired on arrival at the server: %d%n",
				submitted.size(), dispatched.get(), ok, late.get(),
				this.server.stats(MODEL).expiredOnArrival() - expiredBefore);
	}

	private DynamicBatcher<ModelInput, ModelOutput> batcher(BatchObserver observer, int queue) {
		return new DynamicBatcher<>(new TritonBackend(TritonModel.batched(MODEL), List.of(this.client)), policy(queue),
				(item) -> 1, EjectionPolicy.DEFAULT, SystemBatchClock.shared(), observer);
	}

	private static BatchPolicy policy(int queue) {
		return new BatchPolicy(32, 32, Duration.ofMillis(2), queue, 3, 2, Duration.ofSeconds(10), 2);
	}

	private static ModelInferRequest request(float value) {
		return ModelInferRequest.newBuilder()
			.setModelName(MODEL)
			.addInputs(ModelInferRequest.InferInputTensor.newBuilder()
				.setName("x")
				.setDatatype("FP32")
				.addShape(1)
				.addShape(1))
			.addRawInputContents(Tensors.fp32("x", ONE, value).data())
			.build();
	}

	private static ModelInput input(float value) {
		return ModelInput.of(Tensors.fp32("x", ONE, value));
	}

	private static Supplier<CompletableFuture<?>> timed(Supplier<CompletableFuture<?>> call, Latencies latencies) {
		return () -> {
			long t0 = System.nanoTime();
			CompletableFuture<?> future = call.get();
			future.whenComplete((value, error) -> {
				if (error == null) {
					latencies.add(System.nanoTime() - t0);
				}
			});
			return future;
		};
	}

	private static void settle(CompletableFuture<?> future) {
		try {
			future.join();
		}
		catch (RuntimeException ex) {
			// counted by the caller
		}
	}

	private static InferenceException failure(CompletableFuture<?> future) {
		try {
			future.join();
			return null;
		}
		catch (CompletionException ex) {
			return (ex.getCause() instanceof InferenceException inference) ? inference
					: new InferenceException(InferenceException.Reason.BACKEND_FAILURE, String.valueOf(ex.getCause()));
		}
	}

	private static void row(String mode, double rate, Latencies latencies) {
		System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f |%n", mode, rate,
				latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
	}

	/**
	 * An item that knows its absolute deadline, so the backend can check it at dispatch.
	 */
	record Deadlined(ModelInput input, long deadlineNanos) {
	}

	/**
	 * Counts items handed to the backend after their deadline, then delegates.
	 */
	static final class DeadlineCheckingBackend implements ModelBackend<Deadlined, ModelOutput> {

		private final ModelBackend<Deadlined, ModelOutput> delegate;

		private final AtomicLong dispatched;

		private final AtomicLong late;

		DeadlineCheckingBackend(TritonBackend triton, AtomicLong dispatched, AtomicLong late) {
			this.delegate = triton.adapt(Deadlined::input, (ModelOutput output) -> output);
			this.dispatched = dispatched;
			this.late = late;
		}

		@Override
		public String model() {
			return this.delegate.model();
		}

		@Override
		public List<String> endpoints() {
			return this.delegate.endpoints();
		}

		@Override
		public CompletableFuture<List<ItemResult<ModelOutput>>> infer(int endpoint, List<Deadlined> items,
				Duration budget) {
			long now = System.nanoTime();
			for (Deadlined item : items) {
				this.dispatched.incrementAndGet();
				if (now > item.deadlineNanos()) {
					this.late.incrementAndGet();
				}
			}
			return this.delegate.infer(endpoint, items, budget);
		}

	}

	/**
	 * Averages the batcher's queue waits.
	 */
	static final class QueueWaits implements BatchObserver {

		private final AtomicLong total = new AtomicLong();

		private final AtomicLong count = new AtomicLong();

		@Override
		public void queueWait(int priority, long nanos) {
			this.total.addAndGet(nanos);
			this.count.incrementAndGet();
		}

		double meanMillis() {
			return (this.count.get() == 0) ? 0 : this.total.get() / 1e6 / this.count.get();
		}

		long count() {
			return this.count.get();
		}

	}

	/**
	 * Samples used heap every 50 ms on a daemon thread.
	 */
	static final class HeapWatch {

		private final Thread thread;

		private final AtomicLong max = new AtomicLong();

		private volatile boolean running = true;

		HeapWatch(MemoryMXBean memory) {
			this.thread = Thread.ofPlatform().daemon().start(() -> {
				while (this.running) {
					this.max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
				}
			});
		}

		long stop() {
			this.running = false;
			return this.max.get();
		}

	}

}
