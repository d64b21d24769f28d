package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class BatchMembershipTests {

	@Property(tries = 400)
	void resultsNeverCrossBetweenMembersOfABatch(@ForAll @IntRange(min = 1, max = 80) int count,
			@ForAll @IntRange(min = 1, max = 16) int maxBatch, @ForAll @IntRange(min = 1, max = 3) int inFlight,
			@ForAll @IntRange(min = 1, max = 3) int endpoints, @ForAll("seeds") long seed) {
		Random random = new Random(seed);
		Set<Integer> poison = new HashSet<>();
		VirtualClock clock = new VirtualClock();
		PoisonBackend backend = new PoisonBackend(endpoints, poison);
		BatchPolicy policy = new BatchPolicy(maxBatch, maxBatch, Duration.ofMillis(random.nextInt(3)), 1000, 3, 2,
				Duration.ofSeconds(10), inFlight);
		DynamicBatcher<Integer, Integer> batcher = new DynamicBatcher<>(backend, policy, (item) -> 1,
				EjectionPolicy.DEFAULT, clock, BatchObserver.NONE);
		List<CompletableFuture<Integer>> results = new ArrayList<>();
		Set<Integer> cancelled = new HashSet<>();
		for (int item = 0; item < count; item++) {
			if (random.nextInt(10) == 0) {
				poison.add(item);
			}
			results.add(batcher.submit(item, Duration.ofSeconds(10), 1 + random.nextInt(3)));
			if (random.nextInt(12) == 0) {
				int victim = random.nextInt(item + 1);
				if (results.get(victim).cancel(false)) {
					cancelled.add(victim);
				}
			}
			clock.advance(Duration.ofMillis(random.nextInt(2)));
			backend.completeSome(random);
		}
		for (int round = 0; round < 10 * count && !backend.open.isEmpty(); round++) {
			clock.advance(Duration.ofMillis(1));
			backend.completeSome(random);
		}
		// Random rounds can leave calls open (each round may complete none): answer the
		// rest.
		while (!backend.open.isEmpty()) {
			clock.advance(Duration.ofMillis(1));
			backend.completeAll();
		}
		for (int item = 0; item < count; item++) {
			CompletableFuture<Integer> result = results.get(item);
			assertThat(result).isDone();
			if (cancelled.contains(item)) {
				assertThat(result).isCancelled();
			}
			else if (poison.contains(item)) {
				assertThat(result).isCompletedExceptionally();
				assertThat(DynamicBatcherTests.failure(result).getMessage()).contains("poison " + item);
			}
			else {
				assertThat(result).isCompletedWithValue(item * 3 + 1);
			}
		}
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<Long> seeds() {
		return net.jqwik.api.Arbitraries.longs();
	}

	/**
	 * Answers batches in random order; a batch holding a poisoned item fails as a whole,
	 * naming it, as a server refusing a request would.
	 */
	static final class PoisonBackend implements ModelBackend<Integer, Integer> {

		final List<Object[]> open = new ArrayList<>();

		private final int endpoints;

		private final Set<Integer> poison;

		PoisonBackend(int endpoints, Set<Integer> poison) {
			this.endpoints = endpoints;
			this.poison = poison;
		}

		@Override
		public String model() {
			return "poison";
		}

		@Override
		public List<String> endpoints() {
			List<String> names = new ArrayList<>();
			for (int i = 0; i < this.endpoints; i++) {
				names.add("e" + i);
			}
			return names;
		}

		@Override
		public CompletableFuture<List<ItemResult<Integer>>> infer(int endpoint, List<Integer> items, Duration budget) {
			CompletableFuture<List<ItemResult<Integer>>> future = new CompletableFuture<>();
			this.open.add(new Object[] { List.copyOf(items), future });
			return future;
		}

		void completeSome(Random random) {
			int n = this.open.isEmpty() ? 0 : random.nextInt(this.open.size() + 1);
			for (int i = 0; i < n && !this.open.isEmpty(); i++) {
				answer(this.open.remove(random.nextInt(this.open.size())));
			}
		}

		void completeAll() {
			while (!this.open.isEmpty()) {
				answer(this.open.removeFirst());
			}
		}

		@SuppressWarnings("unchecked")
		private void answer(Object[] call) {
			List<Integer> items = (List<Integer>) call[0];
			CompletableFuture<List<ItemResult<Integer>>> future = (CompletableFuture<List<ItemResult<Integer>>>) call[1];
			Integer bad = items.stream().filter(this.poison::contains).findFirst().orElse(null);
			if (bad != null) {
				future.completeExceptionally(new InferenceException(Reason.INVALID_INPUT, "poison " + bad));
			}
			else {
				future.complete(items.stream().map((x) -> ItemResult.success(x * 3 + 1)).toList());
			}
		}

	}

}
