package io.aigcfactory.inference.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.langchain4j.LlmDialect;
import io.aigcfactory.inference.triton.TritonModel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of one model.
 *
 * @param backend where the model runs: {@code local} (in this JVM; only the embedding
 * model has a local implementation) or {@code triton}
 * @param tritonName the model's name on Triton, when it differs from the settings key
 * @param endpoints Triton endpoints, each {@code host:port} or a headless service
 * {@code dns:///name.namespace.svc:8001}
 * @param maxBatchSize the most items per batch, as Triton's {@code max_batch_size}: 0 for
 * models without a batch dimension
 * @param maxBatchCost the most cost per batch when items are weighed (tokens, pixels ×
 * steps); empty to count items
 * @param maxQueueDelay how long the oldest item may wait for a fuller batch while every
 * endpoint is busy; an idle endpoint never waits
 * @param maxQueueSize the most items waiting per priority level before submissions are
 * rejected
 * @param priorityLevels the number of priority levels, 1 being the highest
 * @param defaultPriority the priority of requests that name none
 * @param deadline the deadline of requests that name none
 * @param maxInFlightPerEndpoint batches outstanding per endpoint
 * @param decoupled whether the model is decoupled (vLLM, streaming TensorRT-LLM): it is
 * called on the streaming RPC without client batching, with concurrency control only
 * @param maxRequestSize the largest payload of one item, rejected locally beyond
 * @param inputTensor the text input of a Triton embedding model
 * @param outputTensor the vector output of a Triton embedding model
 * @param dimension the embedding's vector size
 * @param dialect the tensor interface of a Triton LLM
 * @param maxTokens the default number of tokens an LLM may generate
 * @param workers threads running a local model
 */
public record ModelSettings(@DefaultValue("triton") @NotNull Backend backend, @Nullable String tritonName,
		@DefaultValue List<String> endpoints, @DefaultValue("32") @PositiveOrZero int maxBatchSize,
		@Nullable @Positive Long maxBatchCost, @DefaultValue("2ms") @NotNull Duration maxQueueDelay,
		@DefaultValue("1024") @Positive int maxQueueSize, @DefaultValue("3") @Positive int priorityLevels,
		@DefaultValue("2") @Positive int defaultPriority, @DefaultValue("10s") @NotNull Duration deadline,
		@DefaultValue("2") @Positive int maxInFlightPerEndpoint, @DefaultValue("false") boolean decoupled,
		@DefaultValue("64MB") @NotNull DataSize maxRequestSize, @DefaultValue("text") String inputTensor,
		@DefaultValue("embedding") String outputTensor, @DefaultValue("512") @Positive int dimension,
		@DefaultValue("vllm") @NotNull LlmDialect dialect, @DefaultValue("256") @Positive int maxTokens,
		@DefaultValue("1") @PositiveOrZero int workers) {

	/**
	 * Where a model runs.
	 */
	public enum Backend {

		/** In this JVM, on the CPU. */
		LOCAL,

		/** On Triton, over KServe v2 gRPC. */
		TRITON

	}

	/**
	 * The in-process bge-small-zh embedding, used when no embedding model is configured.
	 * Its deadline is generous because the first call loads the 95 MB model.
	 */
	static ModelSettings localEmbedding() {
		return new ModelSettings(Backend.LOCAL, null, List.of(), 32, null, Duration.ofMillis(2), 1024, 3, 2,
				Duration.ofSeconds(30), 1, false, DataSize.ofMegabytes(64), "text", "embedding", 512, LlmDialect.VLLM,
				256, 1);
	}

	BatchPolicy policy() {
		if (this.decoupled) {
			return BatchPolicy.concurrencyOnly(this.maxInFlightPerEndpoint)
				.withQueue(this.maxQueueSize, this.deadline)
				.withPriorities(this.priorityLevels, this.defaultPriority);
		}
		int inFlight = (this.backend == Backend.LOCAL) ? Math.max(1, this.workers) : this.maxInFlightPerEndpoint;
		int items = Math.max(1, this.maxBatchSize);
		return new BatchPolicy(items, (this.maxBatchCost != null) ? this.maxBatchCost : items, this.maxQueueDelay,
				this.maxQueueSize, this.priorityLevels, this.defaultPriority, this.deadline, inFlight);
	}

	TritonModel tritonModel(String key) {
		String name = (this.tritonName != null && !this.tritonName.isBlank()) ? this.tritonName : key;
		return new TritonModel(name, "", this.maxBatchSize > 0, this.maxRequestSize.toBytes(), Duration.ofSeconds(5));
	}

}
