package io.aigcfactory.inference.langchain4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.batch.DynamicBatcher;

/**
 * A LangChain4j {@link EmbeddingModel} whose texts go through a shared batcher, so that
 * concurrent callers in a service are embedded together, whether the model runs in this
 * JVM or on Triton. The texts of one {@link #embedAll} call join the queue together and
 * travel in as few batches as the model's settings allow. Failures surface as
 * {@link InferenceException}s.
 */
public final class BatchedEmbeddingModel implements EmbeddingModel {

	private final DynamicBatcher<String, float[]> batcher;

	private final int dimension;

	private final Duration deadline;

	private final int priority;

	public BatchedEmbeddingModel(DynamicBatcher<String, float[]> batcher, int dimension) {
		this(batcher, dimension, batcher.policy().defaultDeadline(), batcher.policy().defaultPriority());
	}

	public BatchedEmbeddingModel(DynamicBatcher<String, float[]> batcher, int dimension, Duration deadline,
			int priority) {
		this.batcher = batcher;
		this.dimension = dimension;
		this.deadline = deadline;
		this.priority = priority;
	}

	@Override
	public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
		List<CompletableFuture<float[]>> futures = this.batcher
			.submitAll(segments.stream().map(TextSegment::text).toList(), this.deadline, this.priority);
		List<Embedding> embeddings = new ArrayList<>(segments.size());
		try {
			for (CompletableFuture<float[]> future : futures) {
				embeddings.add(Embedding.from(future.join()));
			}
		}
		catch (CompletionException ex) {
			futures.forEach((future) -> future.cancel(false));
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		return Response.from(embeddings);
	}

	@Override
	public int dimension() {
		return this.dimension;
	}

	@Override
	public String modelName() {
		return this.batcher.model();
	}

}
