package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamicBatcherTests {

	private static final Duration DELAY = Duration.ofMillis(10);

	private final VirtualClock clock = new VirtualClock();

	private final ScriptedBackend backend = new ScriptedBackend("a");

	private final BatchPolicy policy = new BatchPolicy(4, 4, DELAY, 8, 2, 2, Duration.ofSeconds(1), 1);

	private DynamicBatcher<Integer, Integer> batcher(BatchPolicy policy, ScriptedBackend backend) {
		return new DynamicBatcher<>(backend, policy, (item) -> 1, EjectionPolicy.DEFAULT, this.clock,
				BatchObserver.NONE);
	}

	private DynamicBatcher<Integer, Integer> batcher() {
		return batcher(this.policy, this.backend);
	}

	@Test
	void loneRequestIsSentAtOnceWhenTheEndpointIsIdle() {
		CompletableFuture<Integer> result = batcher().submit(7);
		assertThat(this.backend.calls).hasSize(1);
		assertThat(this.backend.call(0).items()).containsExactly(7);
		this.backend.completeAll((x) -> x * 10);
		assertThat(result).isCompletedWithValue(70);
	}

	@Test
	void whileBusyItemsWaitForTheQueueDelayThenGoTogether() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(1);
		batcher.submit(2);
		batcher.submit(3);
		this.clock.advance(DELAY.minusNanos(1));
		assertThat(this.backend.calls).hasSize(1);
		this.backend.call(0).complete((x) -> x);
		assertThat(this.backend.calls).hasSize(2);
		assertThat(this.backend.call(1).items()).containsExactly(2, 3);
	}

	@Test
	void delayElapsingWithTwoSlotsSendsAPartialBatch() {
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(2), this.backend);
		batcher.submit(1);
		batcher.submit(2);
		batcher.submit(3);
		assertThat(this.backend.calls).hasSize(1);
		this.clock.advance(DELAY);
		assertThat(this.backend.calls).hasSize(2);
		assertThat(this.backend.call(1).items()).containsExactly(2, 3);
	}

	@Test
	void aFullBatchDoesNotWaitForTheDelay() {
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(2), this.backend);
		for (int i = 0; i < 5; i++) {
			batcher.submit(i);
		}
		assertThat(this.backend.calls).hasSize(2);
		assertThat(this.backend.call(1).items()).containsExactly(1, 2, 3, 4);
	}

	@Test
	void itemsSubmittedTogetherLeaveTogetherInFullBatches() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		List<CompletableFuture<Integer>> results = batcher.submitAll(List.of(1, 2, 3, 4, 5, 6), Duration.ofSeconds(1),
				2);
		assertThat(this.backend.calls).hasSize(1);
		assertThat(this.backend.call(0).items()).containsExactly(1, 2, 3, 4);
		this.backend.call(0).complete((x) -> x * 10);
		assertThat(this.backend.call(1).items()).containsExactly(5, 6);
		this.backend.call(1).complete((x) -> x * 10);
		assertThat(results).extracting(CompletableFuture::join).containsExactly(10, 20, 30, 40, 50, 60);
	}

	@Test
	void itemsSubmittedTogetherAreAdmittedOneByOne() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		List<CompletableFuture<Integer>> results = batcher.submitAll(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
				Duration.ofSeconds(1), 2);
		assertThat(results.subList(0, 8)).noneMatch(CompletableFuture::isDone);
		assertThat(failure(results.get(8)).reason()).isEqualTo(Reason.QUEUE_FULL);
		assertThat(failure(results.get(9)).reason()).isEqualTo(Reason.QUEUE_FULL);
		assertThat(this.backend.call(0).items()).containsExactly(0, 1, 2, 3);
	}

	@Test
	void itemsSubmittedTogetherWithABadDeadlineAreAllRefused() {
		List<CompletableFuture<Integer>> results = batcher().submitAll(List.of(1, 2), Duration.ZERO, 2);
		assertThat(results).hasSize(2)
			.allSatisfy((result) -> assertThat(failure(result).reason()).isEqualTo(Reason.INVALID_INPUT));
		assertThat(this.backend.calls).isEmpty();
	}

	@Test
	void batchesAreCappedByCostWhenItemsAreWeighed() {
		BatchPolicy byTokens = new BatchPolicy(32, 100, DELAY, 64, 2, 2, Duration.ofSeconds(1), 1);
		DynamicBatcher<Integer, Integer> batcher = new DynamicBatcher<>(this.backend, byTokens, (tokens) -> tokens,
				EjectionPolicy.DEFAULT, this.clock, BatchObserver.NONE);
		batcher.submit(1);
		for (int tokens : new int[] { 60, 30, 20, 150, 5 }) {
			batcher.submit(tokens);
		}
		this.backend.call(0).complete((x) -> x);
		assertThat(this.backend.call(1).items()).containsExactly(60, 30);
		this.backend.call(1).complete((x) -> x);
		assertThat(this.backend.call(2).items()).containsExactly(20);
		this.backend.call(2).complete((x) -> x);
		assertThat(this.backend.call(3).items()).as("an item over the cap goes alone").containsExactly(150);
	}

	@Test
	void neverMoreBatchesInFlightThanAllowed() {
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(2), this.backend);
		for (int i = 0; i < 13; i++) {
			batcher.submit(i);
			this.clock.advance(DELAY);
		}
		assertThat(this.backend.open()).hasSize(2);
		assertThat(batcher.stats().queuedItems()).isEqualTo(8);
	}

	@Test
	void fullQueueRejectsAtOnceWithARetryableError() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		for (int i = 0; i < 9; i++) {
			batcher.submit(i);
		}
		CompletableFuture<Integer> rejected = batcher.submit(99);
		assertThat(rejected).isCompletedExceptionally();
		assertThat(failure(rejected).reason()).isEqualTo(Reason.QUEUE_FULL);
		assertThat(failure(rejected).retryable()).isTrue();
	}

	@Test
	void aFloodOfLowPriorityNeitherTakesTheRoomNorTheTurnOfHighPriority() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		for (int i = 0; i < 20; i++) {
			batcher.submit(100 + i, Duration.ofSeconds(1), 2);
		}
		CompletableFuture<Integer> urgent = batcher.submit(1, Duration.ofSeconds(1), 1);
		assertThat(urgent).isNotDone();
		this.backend.call(0).complete((x) -> x);
		assertThat(this.backend.call(1).items()).startsWith(1);
		this.backend.call(1).complete((x) -> x);
		assertThat(urgent).isCompletedWithValue(1);
	}

	@Test
	void predictedWaitBeyondTheDeadlineIsRefusedOnArrival() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(-1);
		this.backend.call(0).complete((x) -> x);
		batcher.submit(0);
		this.clock.advance(Duration.ofMillis(100));
		this.backend.call(1).complete((x) -> x);
		batcher.submit(1);
		CompletableFuture<Integer> hopeless = batcher.submit(2, Duration.ofMillis(50), 2);
		assertThat(failure(hopeless).reason()).isEqualTo(Reason.DEADLINE_UNREACHABLE);
		CompletableFuture<Integer> feasible = batcher.submit(3, Duration.ofMillis(500), 2);
		assertThat(feasible).isNotDone();
	}

	@Test
	void aSlowFirstBatchDoesNotCountAgainstLaterWork() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(0);
		this.clock.advance(Duration.ofSeconds(5));
		this.backend.call(0).complete((x) -> x);
		batcher.submit(1);
		assertThat(batcher.submit(2, Duration.ofMillis(500), 2)).isNotDone();
	}

	@Test
	void expiredItemsAreNeverDispatchedAndFailAtTheirDeadline() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(0);
		CompletableFuture<Integer> late = batcher.submit(1, Duration.ofMillis(30), 2);
		CompletableFuture<Integer> onTime = batcher.submit(2, Duration.ofSeconds(1), 2);
		this.clock.advance(Duration.ofMillis(30));
		assertThat(failure(late).reason()).isEqualTo(Reason.DEADLINE_EXCEEDED);
		this.backend.call(0).complete((x) -> x);
		assertThat(this.backend.call(1).items()).containsExactly(2);
		assertThat(onTime).isNotDone();
	}

	@Test
	void theLatestDeadlineOfABatchBecomesTheCallBudget() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(0);
		batcher.submit(1, Duration.ofMillis(300), 2);
		batcher.submit(2, Duration.ofMillis(700), 2);
		this.clock.advance(Duration.ofMillis(100));
		this.backend.call(0).complete((x) -> x);
		assertThat(this.backend.call(1).items()).containsExactly(1, 2);
		assertThat(this.backend.call(1).budget()).isEqualTo(Duration.ofMillis(600));
	}

	@Test
	void cancellingAQueuedItemWithdrawsIt() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(0);
		CompletableFuture<Integer> withdrawn = batcher.submit(1);
		batcher.submit(2);
		withdrawn.cancel(false);
		this.backend.call(0).complete((x) -> x);
		assertThat(this.backend.call(1).items()).containsExactly(2);
		assertThat(batcher.stats().queuedItems()).isZero();
	}

	@Test
	void cancellingEveryMemberOfABatchCancelsItsCall() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		CompletableFuture<Integer> only = batcher.submit(0);
		only.cancel(false);
		assertThat(this.backend.call(0).result()).isCancelled();
		assertThat(batcher.stats().inFlightBatches()).isZero();
	}

	@Test
	void aBadItemFailsAloneAndTheRestOfItsBatchSucceeds() {
		BadItemBackend bad = new BadItemBackend(13);
		DynamicBatcher<Integer, Integer> batcher = new DynamicBatcher<>(bad, this.policy, (item) -> 1,
				EjectionPolicy.DEFAULT, this.clock, BatchObserver.NONE);
		batcher.submit(0);
		List<CompletableFuture<Integer>> results = new ArrayList<>();
		for (int item : new int[] { 11, 12, 13, 14 }) {
			results.add(batcher.submit(item));
		}
		bad.gate.complete(List.of(ItemResult.success(0)));
		assertThat(bad.batches).contains(List.of(11, 12, 13, 14));
		assertThat(results.get(0)).isCompletedWithValue(11);
		assertThat(results.get(1)).isCompletedWithValue(12);
		assertThat(failure(results.get(2)).reason()).isEqualTo(Reason.INVALID_INPUT);
		assertThat(results.get(3)).isCompletedWithValue(14);
	}

	@Test
	void batchesGoToTheLeastLoadedEndpoint() {
		ScriptedBackend two = new ScriptedBackend("a", "b");
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(2), two);
		batcher.submit(0);
		batcher.submit(1);
		assertThat(two.calls).extracting(ScriptedBackend.Call::endpoint).containsExactlyInAnyOrder(0, 1);
	}

	@Test
	void anEndpointFailingInARowIsEjectedAndCallsFailFastUntilItIsReadmitted() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		for (int i = 0; i < 3; i++) {
			CompletableFuture<Integer> result = batcher.submit(i);
			this.backend.call(i).fail(new InferenceException(Reason.UNAVAILABLE, "connection refused"));
			assertThat(failure(result).retryable()).isTrue();
		}
		CompletableFuture<Integer> fast = batcher.submit(3);
		assertThat(failure(fast).reason()).isEqualTo(Reason.UNAVAILABLE);
		assertThat(this.backend.calls).hasSize(3);
		this.clock.advance(EjectionPolicy.DEFAULT.baseEjection());
		CompletableFuture<Integer> probe = batcher.submit(4);
		batcher.submit(5);
		assertThat(this.backend.open()).hasSize(1);
		this.backend.completeAll((x) -> x);
		assertThat(probe).isCompletedWithValue(4);
	}

	@Test
	void aBatchWhoseEndpointCannotBeReachedIsCarriedByAnotherOnce() {
		ScriptedBackend two = new ScriptedBackend("a", "b");
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(1), two);
		CompletableFuture<Integer> first = batcher.submit(1);
		int failing = two.call(0).endpoint();
		two.call(0).fail(new InferenceException(Reason.UNAVAILABLE, "connection refused"));
		assertThat(first).isNotDone();
		assertThat(two.call(1).endpoint()).isNotEqualTo(failing);
		assertThat(two.call(1).items()).containsExactly(1);
		two.call(1).fail(new InferenceException(Reason.UNAVAILABLE, "connection refused"));
		assertThat(failure(first).reason()).isEqualTo(Reason.UNAVAILABLE);
		assertThat(two.calls).hasSize(2);
	}

	@Test
	void aBatchWhoseEndpointCannotBeReachedWaitsForABusyOtherEndpoint() {
		ScriptedBackend two = new ScriptedBackend("a", "b");
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(1), two);
		CompletableFuture<Integer> first = batcher.submit(1);
		CompletableFuture<Integer> second = batcher.submit(2);
		int gone = two.call(0).endpoint();
		two.call(0).fail(new InferenceException(Reason.UNAVAILABLE, "connection refused"));
		assertThat(two.calls).hasSize(2);
		two.call(1).complete((x) -> x * 10);
		assertThat(second).isCompletedWithValue(20);
		assertThat(two.call(2).endpoint()).isNotEqualTo(gone);
		assertThat(two.call(2).items()).containsExactly(1);
		two.call(2).complete((x) -> x * 10);
		assertThat(first).isCompletedWithValue(10);
	}

	@Test
	void aBatchTheServerRefusedIsNotSentElsewhere() {
		ScriptedBackend two = new ScriptedBackend("a", "b");
		DynamicBatcher<Integer, Integer> batcher = batcher(this.policy.withMaxInFlightPerEndpoint(1), two);
		CompletableFuture<Integer> result = batcher.submit(1);
		two.call(0).fail(new InferenceException(Reason.DEADLINE_EXCEEDED, "too slow"));
		assertThat(failure(result).reason()).isEqualTo(Reason.DEADLINE_EXCEEDED);
		assertThat(two.calls).hasSize(1);
	}

	@Test
	void badArgumentsAreRefusedWithClearErrors() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		assertThat(failure(batcher.submit(1, Duration.ofMillis(-5), 1)).getMessage())
			.contains("Deadline must be positive");
		assertThat(failure(batcher.submit(1, Duration.ofSeconds(1), 3)).getMessage()).contains("Priority must be");
		assertThat(this.backend.calls).isEmpty();
	}

	@Test
	void concurrencyOnlyModeSendsOneItemPerCall() {
		DynamicBatcher<Integer, Integer> batcher = batcher(BatchPolicy.concurrencyOnly(2), this.backend);
		for (int i = 0; i < 3; i++) {
			batcher.submit(i);
		}
		assertThat(this.backend.calls).hasSize(2).allSatisfy((call) -> assertThat(call.items()).hasSize(1));
	}

	@Test
	void closingFailsWhatIsQueued() {
		DynamicBatcher<Integer, Integer> batcher = batcher();
		batcher.submit(0);
		CompletableFuture<Integer> queued = batcher.submit(1);
		batcher.close();
		assertThat(failure(queued).reason()).isEqualTo(Reason.CANCELLED);
		assertThat(failure(batcher.submit(2)).reason()).isEqualTo(Reason.CANCELLED);
	}

	static InferenceException failure(CompletableFuture<?> future) {
		assertThat(future).isCompletedExceptionally();
		Throwable error = org.assertj.core.api.Assertions.catchThrowable(future::join);
		assertThat(error).isInstanceOf(CompletionException.class);
		assertThatThrownBy(future::join).hasCauseInstanceOf(InferenceException.class);
		return (InferenceException) error.getCause();
	}

	/**
	 * Fails any batch holding the bad item, as a server refuses a whole request.
	 */
	static final class BadItemBackend implements ModelBackend<Integer, Integer> {

		final CompletableFuture<List<ItemResult<Integer>>> gate = new CompletableFuture<>();

		final List<List<Integer>> batches = new ArrayList<>();

		private final int bad;

		BadItemBackend(int bad) {
			this.bad = bad;
		}

		@Override
		public String model() {
			return "bad-item";
		}

		@Override
		public List<String> endpoints() {
			return List.of("a");
		}

		@Override
		public CompletableFuture<List<ItemResult<Integer>>> infer(int endpoint, List<Integer> items, Duration budget) {
			this.batches.add(List.copyOf(items));
			if (items.equals(List.of(0))) {
				return this.gate;
			}
			if (items.contains(this.bad)) {
				return CompletableFuture.failedFuture(new InferenceException(Reason.INVALID_INPUT, "bad item"));
			}
			return CompletableFuture.completedFuture(items.stream().map(ItemResult::success).toList());
		}

	}

}
