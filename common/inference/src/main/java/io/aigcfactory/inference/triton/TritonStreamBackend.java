package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import inference.ModelInferRequest;
import inference.ModelInferResponse;
import io.aigcfactory.inference.batch.ItemResult;
import io.aigcfactory.inference.batch.ModelBackend;

/**
 * Sends each item to a decoupled model (vLLM, streaming TensorRT-LLM) on
 * {@code ModelStreamInfer} and collects its responses. Such models batch on the server
 * continuously, so the batcher in front of this backend runs in concurrency-only mode.
 */
public final class TritonStreamBackend implements ModelBackend<ModelInput, List<ModelOutput>> {

	private final TritonModel model;

	private final List<TritonClient> clients;

	public TritonStreamBackend(TritonModel model, List<TritonClient> clients) {
		if (clients.isEmpty()) {
			throw new IllegalArgumentException("Model '" + model.name() + "' needs at least one endpoint");
		}
		this.model = model;
		this.clients = List.copyOf(clients);
	}

	@Override
	public String model() {
		return this.model.name();
	}

	@Override
	public List<String> endpoints() {
		return this.clients.stream().map(TritonClient::endpoint).toList();
	}

	@Override
	public CompletableFuture<List<ItemResult<List<ModelOutput>>>> infer(int endpoint, List<ModelInput> items,
			Duration budget) {
		TritonClient client = this.clients.get(endpoint);
		List<CompletableFuture<List<ModelInferResponse>>> calls = new ArrayList<>(items.size());
		for (ModelInput item : items) {
			ModelInferRequest request = TensorStacking.request(this.model.name(), this.model.version(), List.of(item),
					this.model.batched(), budget);
			calls.add(client.streamInfer(request, budget, (response) -> {
			}));
		}
		CompletableFuture<List<ItemResult<List<ModelOutput>>>> result = CompletableFuture
			.allOf(calls.toArray(CompletableFuture[]::new))
			.thenApply((ignored) -> calls.stream().map(CompletableFuture::join).map(this::outputs).toList());
		result.whenComplete((value, error) -> {
			if (result.isCancelled()) {
				calls.forEach((call) -> call.cancel(true));
			}
		});
		return result;
	}

	private ItemResult<List<ModelOutput>> outputs(List<ModelInferResponse> responses) {
		List<ModelOutput> outputs = new ArrayList<>(responses.size());
		for (ModelInferResponse response : responses) {
			outputs.add(TensorStacking.split(response, 1, this.model.batched()).get(0));
		}
		return ItemResult.success(outputs);
	}

}
