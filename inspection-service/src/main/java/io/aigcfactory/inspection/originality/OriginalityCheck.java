package io.aigcfactory.inspection.originality;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;

import org.springframework.stereotype.Service;

/**
 * Judges whether copy is original: embeds it and looks for the nearest approved copy of
 * the same tenant. Checking and admitting happen under one lock, so two near-identical
 * assets inspected at the same time cannot both pass. An asset the index already holds
 * (admitted by an attempt that failed later) is not its own duplicate.
 */
@Service
public class OriginalityCheck {

	private final EmbeddingModel embeddings;

	private final OriginalityIndex index;

	private final OriginalitySettings settings;

	private final ReentrantLock admission = new ReentrantLock();

	OriginalityCheck(EmbeddingModel embeddings, OriginalityIndex index, OriginalitySettings settings) {
		this.embeddings = embeddings;
		this.index = index;
		this.settings = settings;
	}

	/** The embedding of copy, as {@link #judge} compares it. */
	public float[] embed(String text) {
		return this.embeddings.embed(text).content().vector();
	}

	/**
	 * The embeddings of several copies, in their order, from one call to the model: the
	 * texts join its batcher's queue together and share batches.
	 */
	public List<float[]> embedAll(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		return this.embeddings.embedAll(texts.stream().map(TextSegment::from).toList())
			.content()
			.stream()
			.map(Embedding::vector)
			.toList();
	}

	/**
	 * Judges the copy and, if it is original and {@code admitIfOriginal} says the rest of
	 * the inspection passed, admits it to the index as approved.
	 */
	public Judgement judge(String tenantId, AssetId asset, float[] vector, boolean admitIfOriginal) {
		this.admission.lock();
		try {
			Optional<OriginalityIndex.Neighbour> nearest = this.index.nearest(tenantId, vector);
			if (nearest.isPresent() && nearest.get().asset().equals(asset)) {
				// Admitted by an earlier attempt whose transaction did not commit.
				return new Judgement(List.of(), Optional.empty());
			}
			if (nearest.isPresent() && nearest.get().cosine() >= this.settings.threshold()) {
				OriginalityIndex.Neighbour twin = nearest.get();
				return new Judgement(List.of(new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE",
						"文案与已通过的素材高度相似（余弦相似度 %.3f ≥ %.2f）".formatted(twin.cosine(), this.settings.threshold()),
						twin.asset().toString())), nearest);
			}
			if (admitIfOriginal) {
				this.index.add(tenantId, asset, vector);
			}
			return new Judgement(List.of(), nearest);
		}
		finally {
			this.admission.unlock();
		}
	}

	/**
	 * The outcome of an originality check.
	 *
	 * @param findings a near-duplicate finding, or none
	 * @param nearest the nearest approved asset, if any
	 */
	public record Judgement(List<Finding> findings, Optional<OriginalityIndex.Neighbour> nearest) {
	}

}
