package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import inference.ModelInferRequest;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inference.batch.ItemResult;
import io.aigcfactory.inference.batch.ModelBackend;
import org.jspecify.annotations.Nullable;

/**
 * Sends batches of one model to Triton with KServe v2 {@code ModelInfer}. Items are
 * validated against the model's signature, fetched once, before they are queued; a batch
 * whose items differ in shape goes as one request per shape.
 */
public final class TritonBackend implements ModelBackend<ModelInput, ModelOutput> {

	private final TritonModel model;

	private final List<TritonClient> clients;

	private volatile @Nullable ModelSignature signature;

	public TritonBackend(TritonModel model, List<TritonClient> clients) {
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

	/**
	 * Whether any endpoint has the model loaded and ready.
	 */
	public boolean ready(Duration deadline) {
		return this.clients.stream().anyMatch((client) -> client.modelReady(this.model.name(), deadline));
	}

	@Override
	public void validate(ModelInput item) {
		long bytes = item.bytes();
		if (bytes > this.model.maxRequestBytes()) {
			throw new InferenceException(Reason.INVALID_INPUT, "A request of " + bytes + " bytes to model '"
					+ this.model.name() + "' exceeds the limit of " + this.model.maxRequestBytes() + " bytes");
		}
		signature().validate(item, this.model.batched());
	}

	/**
	 * The model's signature, fetched from the first endpoint that answers and then
	 * cached.
	 */
	public ModelSignature signature() {
		ModelSignature known = this.signature;
		if (known != null) {
			return known;
		}
		InferenceException last = null;
		for (TritonClient client : this.clients) {
			try {
				ModelSignature fetched = client.modelMetadata(this.model.name(), this.model.metadataDeadline());
				this.signature = fetched;
				return fetched;
			}
			catch (InferenceException ex) {
				if (ex.reason() == Reason.UNKNOWN_MODEL) {
					throw ex;
				}
				last = ex;
			}
		}
		throw new InferenceException(Reason.UNAVAILABLE,
				"Signature of model '" + this.model.name() + "' could not be fetched from " + endpoints(), last);
	}

	@Override
	public CompletableFuture<List<ItemResult<ModelOutput>>> infer(int endpoint, List<ModelInput> items,
			Duration budget) {
		if (!this.model.batched() && items.size() > 1) {
			throw new IllegalStateException("Model '" + this.model.name() + "' does not batch; use a batch size of 1");
		}
		TritonClient client = this.clients.get(endpoint);
		Map<String, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			groups.computeIfAbsent(TensorStacking.shapeKey(items.get(i)), (key) -> new ArrayList<>()).add(i);
		}
		if (groups.size() == 1) {
			return send(client, items, budget);
		}
		return sendGroups(client, items, groups.values(), budget);
	}

	private CompletableFuture<List<ItemResult<ModelOutput>>> send(TritonClient client, List<ModelInput> items,
			Duration budget) {
		ModelInferRequest request = TensorStacking.request(this.model.name(), this.model.version(), items,
				this.model.batched(), budget);
		CompletableFuture<inference.ModelInferResponse> call = client.infer(request, budget);
		CompletableFuture<List<ItemResult<ModelOutput>>> result = call
			.thenApply((response) -> TensorStacking.split(response, items.size(), this.model.batched())
				.stream()
				.map(ItemResult::success)
				.toList());
		return cancellingUpstream(result, List.of(call));
	}

	private CompletableFuture<List<ItemResult<ModelOutput>>> sendGroups(TritonClient client, List<ModelInput> items,
			Iterable<List<Integer>> groups, Duration budget) {
		List<CompletableFuture<List<ItemResult<ModelOutput>>>> calls = new ArrayList<>();
		List<List<Integer>> indexes = new ArrayList<>();
		for (List<Integer> group : groups) {
			calls.add(send(client, group.stream().map(items::get).toList(), budget));
			indexes.add(group);
		}
		CompletableFuture<List<ItemResult<ModelOutput>>> result = CompletableFuture
			.allOf(calls.toArray(CompletableFuture[]::new))
			.thenApply((ignored) -> {
				ItemResult<ModelOutput>[] ordered = newResults(items.size());
				for (int g = 0; g < calls.size(); g++) {
					List<ItemResult<ModelOutput>> groupResults = calls.get(g).join();
					for (int k = 0; k < groupResults.size(); k++) {
						ordered[indexes.get(g).get(k)] = groupResults.get(k);
					}
				}
				return Arrays.asList(ordered);
			});
		return cancellingUpstream(result, calls);
	}

	@SuppressWarnings("unchecked")
	private static ItemResult<ModelOutput>[] newResults(int size) {
		return new ItemResult[size];
	}

	private static <T> CompletableFuture<T> cancellingUpstream(CompletableFuture<T> result,
			List<? extends CompletableFuture<?>> calls) {
		result.whenComplete((value, error) -> {
			if (result.isCancelled()) {
				calls.forEach((call) -> call.cancel(true));
			}
		});
		return result;
	}

}
