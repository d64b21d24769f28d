package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.aigcfactory.inference.InferenceException;

/**
 * A backend whose batches complete only when the test says so, recording every call.
 */
final class ScriptedBackend implements ModelBackend<Integer, Integer> {

	final List<Call> calls = new ArrayList<>();

	private final List<String> endpoints;

	ScriptedBackend(String... endpoints) {
		this.endpoints = List.of(endpoints);
	}

	@Override
	public String model() {
		return "scripted";
	}

	@Override
	public List<String> endpoints() {
		return this.endpoints;
	}

	@Override
	public synchronized CompletableFuture<List<ItemResult<Integer>>> infer(int endpoint, List<Integer> items,
			Duration budget) {
		Call call = new Call(endpoint, List.copyOf(items), budget, new CompletableFuture<>());
		this.calls.add(call);
		return call.result();
	}

	synchronized Call call(int index) {
		return this.calls.get(index);
	}

	synchronized List<Call> open() {
		return this.calls.stream().filter((call) -> !call.result().isDone()).toList();
	}

	/**
	 * Completes every open call with {@code f(item)} for each item.
	 */
	void completeAll(Function<Integer, Integer> f) {
		for (Call call : open()) {
			call.complete(f);
		}
	}

	record Call(int endpoint, List<Integer> items, Duration budget,
			CompletableFuture<List<ItemResult<Integer>>> result) {

		void complete(Function<Integer, Integer> f) {
			List<ItemResult<Integer>> results = new ArrayList<>();
			for (Integer item : this.items) {
				results.add(ItemResult.success(f.apply(item)));
			}
			this.result.complete(results);
		}

		void fail(InferenceException error) {
			this.result.completeExceptionally(error);
		}

	}

}
