package io.aigcfactory.inspection.originality;

import java.util.Optional;

import io.aigcfactory.events.AssetId;

/**
 * Nearest-neighbour search over the embeddings of approved assets, per tenant. Lucene's
 * HNSW on local disk by default; Milvus in clusters.
 */
public interface OriginalityIndex {

	/** The most similar approved asset of the tenant, if any. */
	Optional<Neighbour> nearest(String tenantId, float[] vector);

	/** Adds an approved asset's embedding. */
	void add(String tenantId, AssetId asset, float[] vector);

	/**
	 * An approved asset near a vector.
	 *
	 * @param asset the asset
	 * @param cosine cosine similarity between the two embeddings, in [-1, 1]
	 */
	record Neighbour(AssetId asset, double cosine) {
	}

}
