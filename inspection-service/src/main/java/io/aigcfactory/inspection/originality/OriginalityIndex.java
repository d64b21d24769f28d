package io.aigcfactory.inspection.originality;

import java.util.Optional;

import io.aigcfactory.events.AssetId;

/**
 * Nearest-neighbour search over the embeddings of approved assets, per tenant: a Lucene
 * HNSW index on local disk. Each asset is held at most once.
 */
public interface OriginalityIndex {

	/**
	 * The most similar approved asset of the tenant other than {@code excluded}, if any.
	 */
	Optional<Neighbour> nearest(String tenantId, float[] vector, AssetId excluded);

	/**
	 * Holds an approved asset's embedding, replacing any earlier one of the same asset,
	 * so that writing it again changes nothing.
	 */
	void put(String tenantId, AssetId asset, float[] vector);

	/** Whether the index holds the asset. */
	boolean contains(AssetId asset);

	/**
	 * An approved asset near a vector.
	 *
	 * @param asset the asset
	 * @param cosine cosine similarity between the two embeddings, in [-1, 1]
	 */
	record Neighbour(AssetId asset, double cosine) {
	}

}
