package io.aigcfactory.inspection.originality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToDoubleFunction;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbour;
import io.aigcfactory.inspection.originality.OriginalityIndex.Neighbours;
import io.aigcfactory.inspection.originality.OriginalityIndex.Pictured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Judges whether an asset is original against every approved asset of the same tenant,
 * never the asset itself, three ways: the embedding of its copy (cosine), the MinHash
 * signature of its copy's 4-grams with the brand name masked (Jaccard), and the
 * perceptual hash of its main image (Hamming). Either copy measure past its threshold
 * makes it a near-duplicate; the image does so only when the copy drawn on the two images
 * (headline, highlights, call to action) is alike too, since variants of one product
 * share their photograph and the hash sees layouts more than words. An admitted asset is
 * written to the index only once the transaction that records its approval commits; until
 * then it is pending, and pending assets count as approved for every other judgement, so
 * two near-identical assets inspected at the same time cannot both pass. Judging and
 * admitting happen under one lock. A rolled-back admission leaves no trace.
 */
@Service
public class OriginalityCheck {

	private static final Logger logger = LoggerFactory.getLogger(OriginalityCheck.class);

	private final EmbeddingModel embeddings;

	private final OriginalityIndex index;

	private final OriginalitySettings settings;

	private final ReentrantLock admission = new ReentrantLock();

	private final Map<AssetId, Pending> pending = new ConcurrentHashMap<>();

	/**
	 * @param embeddings the copy's embedding model
	 * @param index the approved assets' fingerprints
	 * @param settings the thresholds
	 */
	public OriginalityCheck(EmbeddingModel embeddings, OriginalityIndex index, OriginalitySettings settings) {
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
	 * Judges the asset and, if it is original and {@code admitIfOriginal} says the asset
	 * is approved otherwise, admits it: to the index after the current transaction
	 * commits, or at once when there is none.
	 */
	public Judgement judge(String tenantId, AssetId asset, Fingerprint fingerprint, boolean admitIfOriginal) {
		this.admission.lock();
		try {
			Neighbours nearest = nearest(tenantId, asset, fingerprint);
			List<Finding> findings = findings(nearest, fingerprint);
			if (findings.isEmpty() && admitIfOriginal) {
				admit(tenantId, asset, fingerprint);
			}
			return new Judgement(findings, nearest.semantic());
		}
		finally {
			this.admission.unlock();
		}
	}

	/**
	 * Admits an asset approved after it was judged (by a reviewer): to the index after
	 * the current transaction commits, or at once when there is none.
	 */
	public void admitApproved(String tenantId, AssetId asset, Fingerprint fingerprint) {
		this.admission.lock();
		try {
			admit(tenantId, asset, fingerprint);
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
	public boolean restore(String tenantId, AssetId asset, Fingerprint fingerprint) {
		if (this.index.contains(asset)) {
			return false;
		}
		this.index.put(tenantId, asset, fingerprint);
		return true;
	}

	private List<Finding> findings(Neighbours nearest, Fingerprint probe) {
		List<Finding> findings = new ArrayList<>();
		nearest.semantic()
			.filter((twin) -> twin.similarity() >= this.settings.threshold())
			.ifPresent((twin) -> findings.add(new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE",
					"文案与已通过的素材语义高度相似（余弦相似度 %.3f ≥ %.2f）".formatted(twin.similarity(), this.settings.threshold()),
					twin.asset().toString())));
		nearest.lexical()
			.filter((twin) -> twin.similarity() >= this.settings.textThreshold())
			.ifPresent((twin) -> findings.add(new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE_TEXT",
					"文案与已通过的素材字面高度重合（4 字片段 Jaccard 估计 %.2f ≥ %.2f，品牌名不计）".formatted(twin.similarity(),
							this.settings.textThreshold()),
					twin.asset().toString())));
		imageTwin(nearest, probe)
			.ifPresent((twin) -> findings.add(new Finding(Finding.Stage.ORIGINALITY, "NEAR_DUPLICATE_IMAGE",
					"主图与已通过的素材几乎相同（感知哈希相差 %d 位 ≤ %d），图上文案也相近（4 字片段 Jaccard 估计 %.2f ≥ %.2f）".formatted(twin.bitsApart(),
							this.settings.imageDistance(), twin.words(), this.settings.imageTextThreshold()),
					twin.asset().toString())));
		return findings;
	}

	/**
	 * An approved asset whose main image is within the distance and shows words alike:
	 * first among those whose words share a band with the probe's (many layouts may lie
	 * closer to the hash than the one showing the same words), then the nearest image.
	 */
	private Optional<Pictured> imageTwin(Neighbours nearest, Fingerprint probe) {
		Optional<Pictured> byWords = nearest.pictured()
			.stream()
			.filter((twin) -> twin.bitsApart() <= this.settings.imageDistance()
					&& twin.words() >= this.settings.imageTextThreshold())
			.min(Comparator.comparingInt(Pictured::bitsApart));
		if (byWords.isPresent()) {
			return byWords;
		}
		return nearest.image()
			.filter((twin) -> twin.bitsApart() <= this.settings.imageDistance())
			.map((twin) -> new Pictured(twin.asset(), twin.bitsApart(), shownCopySimilarity(probe, twin.asset())))
			.filter((twin) -> twin.words() >= this.settings.imageTextThreshold());
	}

	/**
	 * How alike the copy shown on the probe's main image is to that on an approved or
	 * pending asset's: a layout drawn over the same scene or photograph looks the same
	 * when it shows the same words. Where either side has no signature of its image's
	 * copy (recorded before it was kept), their whole copies are compared.
	 */
	private double shownCopySimilarity(Fingerprint probe, AssetId twin) {
		Pending pendingTwin = this.pending.get(twin);
		if (pendingTwin != null) {
			Fingerprint other = pendingTwin.fingerprint();
			return (probe.imageText() != null && other.imageText() != null)
					? probe.imageText().similarity(other.imageText()) : probe.text().similarity(other.text());
		}
		if (probe.imageText() != null) {
			Optional<TextSignature> shown = this.index.imageTextSignature(twin);
			if (shown.isPresent()) {
				return probe.imageText().similarity(shown.get());
			}
		}
		return this.index.copySignature(twin).map(probe.text()::similarity).orElse(0.0);
	}

	private Neighbours nearest(String tenantId, AssetId asset, Fingerprint probe) {
		Neighbours indexed = this.index.nearest(tenantId, probe, asset);
		List<Map.Entry<AssetId, Pending>> uncommitted = this.pending.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(asset) && entry.getValue().tenantId().equals(tenantId))
			.toList();
		if (uncommitted.isEmpty()) {
			return indexed;
		}
		List<Pictured> pictured = new ArrayList<>(indexed.pictured());
		for (Map.Entry<AssetId, Pending> entry : uncommitted) {
			Fingerprint other = entry.getValue().fingerprint();
			if (probe.image() != null && probe.imageText() != null && other.image() != null
					&& other.imageText() != null) {
				pictured.add(new Pictured(entry.getKey(), ImageHash.distance(probe.image(), other.image()),
						probe.imageText().similarity(other.imageText())));
			}
		}
		return new Neighbours(
				best(indexed.semantic(), uncommitted,
						(pending) -> cosine(probe.embedding(), pending.fingerprint().embedding())),
				best(indexed.lexical(), uncommitted,
						(pending) -> probe.text().similarity(pending.fingerprint().text())),
				best(indexed.image(), uncommitted, (pending) -> imageSimilarity(probe, pending.fingerprint())),
				pictured);
	}

	private static Optional<Neighbour> best(Optional<Neighbour> indexed, List<Map.Entry<AssetId, Pending>> uncommitted,
			ToDoubleFunction<Pending> similarity) {
		Optional<Neighbour> pendingBest = uncommitted.stream()
			.map((entry) -> new Neighbour(entry.getKey(), similarity.applyAsDouble(entry.getValue())))
			.filter((neighbour) -> !Double.isNaN(neighbour.similarity()))
			.max(Comparator.comparingDouble(Neighbour::similarity));
		if (indexed.isEmpty()) {
			return pendingBest;
		}
		if (pendingBest.isEmpty()) {
			return indexed;
		}
		return (pendingBest.get().similarity() > indexed.get().similarity()) ? pendingBest : indexed;
	}

	private static double imageSimilarity(Fingerprint probe, Fingerprint other) {
		if (probe.image() == null || other.image() == null) {
			return Double.NaN;
		}
		return Neighbour.ofImage(AssetId.next(), ImageHash.distance(probe.image(), other.image())).similarity();
	}

	private void admit(String tenantId, AssetId asset, Fingerprint fingerprint) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.index.put(tenantId, asset, fingerprint);
			return;
		}
		this.pending.put(asset, new Pending(tenantId, fingerprint));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				try {
					OriginalityCheck.this.index.put(tenantId, asset, fingerprint);
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
	 * @param findings a finding per kind of near-duplicate, or none
	 * @param nearest the nearest approved asset by embedding, if any
	 */
	public record Judgement(List<Finding> findings, Optional<Neighbour> nearest) {
	}

	private record Pending(String tenantId, Fingerprint fingerprint) {
	}

}
