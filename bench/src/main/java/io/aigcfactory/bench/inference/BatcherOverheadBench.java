package io.aigcfactory.bench.inference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.ItemResult;
import io.aigcfactory.inference.batch.ModelBackend;
import io.aigcfactory.inference.batch.SystemBatchClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batcher's own cost per item, from {@code submit} to the backend being handed the
 * batch (the point where a real backend writes the RPC), with no intended wait: the
 * backend answers at once. {@code single} is a lone item on an idle endpoint;
 * {@code batchOf32} queues 32 items behind a busy endpoint and releases them as one
 * batch.
 * <p>
 * {@code java -cp ... org.openjdk.jmh.Main BatcherOverheadBench}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = { "-Xms512m", "-Xmx512m" })
public class BatcherOverheadBench {

	private static final List<ItemResult<Integer>> DONE = List.of(ItemResult.success(0));

	private DynamicBatcher<Integer, Integer> immediate;

	private DynamicBatcher<Integer, Integer> gated;

	private GatedBackend gate;

	private final List<CompletableFuture<Integer>> pending = new ArrayList<>(32);

	@Setup
	public void setUp() {
		BatchPolicy policy = new BatchPolicy(32, 32, Duration.ZERO, 4096, 3, 2, Duration.ofSeconds(10), 1);
		this.immediate = new DynamicBatcher<>(new ImmediateBackend(), policy, (item) -> 1, EjectionPolicy.DEFAULT,
				SystemBatchClock.shared(), BatchObserver.NONE);
		this.gate = new GatedBackend();
		this.gated = new DynamicBatcher<>(this.gate, policy.withMaxInFlightPerEndpoint(1), (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE);
	}

	@TearDown
	public void tearDown() {
		this.immediate.close();
		this.gated.close();
	}

	@Benchmark
	public Integer single() {
		return this.immediate.submit(1).join();
	}

	@Benchmark
	@OperationsPerInvocation(32)
	public int batchOf32() {
		CompletableFuture<List<ItemResult<Integer>>> hold = new CompletableFuture<>();
		this.gate.next = hold;
		CompletableFuture<Integer> blocker = this.gated.submit(0);
		this.pending.clear();
		for (int i = 0; i < 32; i++) {
			this.pending.add(this.gated.submit(i));
		}
		this.gate.next = null;
		hold.complete(DONE);
		int sum = blocker.join();
		for (CompletableFuture<Integer> future : this.pending) {
			sum += future.join();
		}
		return sum;
	}

	static final class ImmediateBackend implements ModelBackend<Integer, Integer> {

		@Override
		public String model() {
			return "immediate";
		}

		@Override
		public List<String> endpoints() {
			return List.of("local");
		}

		@Override
		public CompletableFuture<List<ItemResult<Integer>>> infer(int endpoint, List<Integer> items, Duration budget) {
			return CompletableFuture.completedFuture(items.stream().map(ItemResult::success).toList());
		}

	}

	static final class GatedBackend implements ModelBackend<Integer, Integer> {

		volatile CompletableFuture<List<ItemResult<Integer>>> next;

		@Override
		public String model() {
			return "gated";
		}

		@Override
		public List<String> endpoints() {
			return List.of("local");
		}

		@Override
		public CompletableFuture<List<ItemResult<Integer>>> infer(int endpoint, List<Integer> items, Duration budget) {
			CompletableFuture<List<ItemResult<Integer>>> held = this.next;
			if (held != null) {
				return held;
			}
			return CompletableFuture.completedFuture(items.stream().map(ItemResult::success).toList());
		}

	}

}
