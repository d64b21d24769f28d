package io.aigcfactory.inspection.originality;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Judges whether copy is original: embeds it and looks for the nearest approved copy of
 * the same tenant, never the asset itself. An admitted asset is written to the index only
 * once the transaction that records its approval commits; until then it is pending, and
 * pending assets count as approved for every other judgement, so two near-identical
 * assets inspected at the same time cannot both pass. Judging and admitting happen under
 * one lock. A rolled-back admission leaves no trace.
 */
@Service
public class OriginalityCheck {

	private static final Logger logger = LoggerFactory.getLogger(OriginalityCheck.class);

	private final EmbeddingModel embeddings;

	private final OriginalityIndex index;

	private final OriginalitySettings settings;

	private final ReentrantLock admission = new ReentrantLock();

	private final Map<AssetId, Pending> pending = new ConcurrentHashMap<>();

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
	 * Judges the copy and, if it is original and {@code admitIfOriginal} says the asset
	 * is approved otherwise, admits it: to the index after the current transaction
	 * commits, or at once when there is none.
	 */
	public Judgement judge(String tenantId, AssetId asset, float[] vector, boolean admitIfOriginal) {
		this.admission.lock();
		try {
			Optional<Neighbour> nearest = nearest(tenantId, asset, vector);
			if (nearest.isPresent() && nearest.get().cosine() >= this.settings.threshold()) {
				Neighbour twin = nearest.get();
				return new Judgement(List.of(new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE",
						"文案与已通过的素材高度相似（余弦相似度 %.3f ≥ %.2f）".formatted(twin.cosine(), this.settings.threshold()),
						twin.asset().toString())), nearest);
			}
			if (admitIfOriginal) {
				admit(tenantId, asset, vector);
			}
			return new Judgement(List.of(), nearest);
		}
		finally {
			this.admission.unlock();
		}
	}

	/**
	 * Writes an approved asset to the index unless it is there already: for approvals
	 * whose index write was lost (a crash between the commit and the write).
	 * @return whether it was missing
	 */
	public boolean restore(String tenantId, AssetId asset, float[] vector) {
		if (this.index.contains(asset)) {
			return false;
		}
		this.index.put(tenantId, asset, vector);
		return true;
	}

	private Optional<Neighbour> nearest(String tenantId, AssetId asset, float[] vector) {
		Stream<Neighbour> uncommitted = this.pending.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(asset) && entry.getValue().tenantId().equals(tenantId))
			.map((entry) -> new Neighbour(entry.getKey(), cosine(vector, entry.getValue().vector())));
		return Stream.concat(this.index.nearest(tenantId, vector, asset).stream(), uncommitted)
			.max(Comparator.comparingDouble(Neighbour::cosine));
	}

	private void admit(String tenantId, AssetId asset, float[] vector) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.index.put(tenantId, asset, vector);
			return;
		}
		this.pending.put(asset, new Pending(tenantId, vector));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				try {
					OriginalityCheck.this.index.put(tenantId, asset, vector);
				}
				catch (RuntimeException ex) {
					logger.warn("Approved asset {} is not in the originality index yet; recovery will add it: {}",
							asset, ex.toString());
				}
			}

			@Override
			public void afterCompletion(int status) {
				OriginalityCheck.this.pending.remove(asset);
			}

		});
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return (normA == 0 || normB == 0) ? 0 : dot / Math.sqrt(normA * normB);
	}

	/**
	 * The outcome of an originality check.
	 *
	 * @param findings a near-duplicate finding, or none
	 * @param nearest the nearest approved asset, if any
	 */
	public record Judgement(List<Finding> findings, Optional<Neighbour> nearest) {
	}

	private record Pending(String tenantId, float[] vector) {
	}

}
