package io.aigcfactory.inference.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;

/**
 * A backend seen through item and output mappings, such as texts over a tensor model.
 */
final class AdaptedBackend<J, P, I, O> implements ModelBackend<J, P> {

	private final ModelBackend<I, O> backend;

	private final Function<? super J, ? extends I> input;

	private final Function<? super O, ? extends P> output;

	AdaptedBackend(ModelBackend<I, O> backend, Function<? super J, ? extends I> input,
			Function<? super O, ? extends P> output) {
		this.backend = backend;
		this.input = input;
		this.output = output;
	}

	@Override
	public String model() {
		return this.backend.model();
	}

	@Override
	public List<String> endpoints() {
		return this.backend.endpoints();
	}

	@Override
	public void validate(J item) {
		this.backend.validate(convert(item));
	}

	@Override
	public CompletableFuture<List<ItemResult<P>>> infer(int endpoint, List<J> items, Duration budget) {
		List<I> converted = new ArrayList<>(items.size());
		for (J item : items) {
			converted.add(convert(item));
		}
		CompletableFuture<List<ItemResult<O>>> call = this.backend.infer(endpoint, converted, budget);
		CompletableFuture<List<ItemResult<P>>> result = call.thenApply(this::map);
		result.whenComplete((value, error) -> {
			if (result.isCancelled()) {
				call.cancel(true);
			}
		});
		return result;
	}

	private I convert(J item) {
		try {
			return this.input.apply(item);
		}
		catch (IllegalArgumentException ex) {
			throw new InferenceException(Reason.INVALID_INPUT, "Model '" + model() + "': " + ex.getMessage(), ex);
		}
	}

	private List<ItemResult<P>> map(List<ItemResult<O>> results) {
		List<ItemResult<P>> mapped = new ArrayList<>(results.size());
		for (ItemResult<O> result : results) {
			mapped.add(switch (result) {
				case ItemResult.Success<O> success -> mapOne(success.value());
				case ItemResult.Failure<O> failure -> ItemResult.failure(failure.error());
			});
		}
		return mapped;
	}

	private ItemResult<P> mapOne(O value) {
		try {
			return ItemResult.success(this.output.apply(value));
		}
		catch (RuntimeException ex) {
			return ItemResult.failure((ex instanceof InferenceException inference) ? inference
					: new InferenceException(Reason.BACKEND_FAILURE,
							"Output of model '" + model() + "' could not be read: " + ex.getMessage(), ex));
		}
	}

}
