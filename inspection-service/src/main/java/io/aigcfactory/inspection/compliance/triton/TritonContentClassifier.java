package io.aigcfactory.inspection.compliance.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inspection.compliance.ContentClassifier;

/**
 * A guard model on Triton behind the shared dynamic batcher: each text goes in as a
 * one-element {@code BYTES} tensor {@code text}; the model answers a {@code label}
 * ({@code Safe}, {@code Controversial} or {@code Unsafe}, as Qwen3Guard names its tiers)
 * and a {@code category}. The texts of one request are submitted together so that they
 * share batches.
 */
public final class TritonContentClassifier implements ContentClassifier {

	static final String INPUT = "text";

	static final String LABEL = "label";

	static final String CATEGORY = "category";

	private static final long[] ONE = { 1 };

	private final DynamicBatcher<ModelInput, ModelOutput> batcher;

	private final Duration deadline;

	/**
	 * @param batcher the model's batcher
	 * @param deadline how long one request may take, batching included
	 */
	public TritonContentClassifier(DynamicBatcher<ModelInput, ModelOutput> batcher, Duration deadline) {
		this.batcher = batcher;
		this.deadline = deadline;
	}

	@Override
	public String name() {
		return this.batcher.model();
	}

	@Override
	public List<Classification> classifyAll(List<String> texts) {
		List<ModelInput> inputs = texts.stream()
			.map((text) -> ModelInput.of(Tensors.strings(INPUT, ONE, List.of(text))))
			.toList();
		List<CompletableFuture<ModelOutput>> outputs = this.batcher.submitAll(inputs, this.deadline,
				this.batcher.policy().defaultPriority());
		List<Classification> classes = new ArrayList<>(texts.size());
		try {
			for (CompletableFuture<ModelOutput> output : outputs) {
				classes.add(classificationOf(output.join()));
			}
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		return classes;
	}

	static Classification classificationOf(ModelOutput output) {
		List<String> labels = Tensors.toStrings(output.tensor(LABEL));
		List<String> categories = Tensors.toStrings(output.tensor(CATEGORY));
		if (labels.size() != 1 || categories.size() != 1) {
			throw new IllegalStateException("A guard model answers one label and one category per text, not "
					+ labels.size() + " and " + categories.size());
		}
		return new Classification(Tier.parse(labels.getFirst()), categories.getFirst());
	}

}
