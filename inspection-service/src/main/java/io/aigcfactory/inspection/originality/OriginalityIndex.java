package io.aigcfactory.inspection.originality;

import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.AssetId;

/**
 * The fingerprints of approved assets, per tenant, searched four ways: the nearest copy
 * by embedding, the most similar copy by MinHash signature, the closest main image by
 * perceptual hash, and the main images showing alike words. Each asset is held at most
 * once. Adapters: a Lucene index on local disk, and Milvus for the cluster profile.
 */
public interface OriginalityIndex {

	/**
	 * The approved assets of the tenant other than {@code excluded} most like the probe,
	 * one per kind of similarity.
	 */
	Neighbours nearest(String tenantId, Fingerprint probe, AssetId excluded);

	/**
	 * Holds an approved asset's fingerprint, replacing any earlier one of the same asset,
	 * so that writing it again changes nothing.
	 */
	void put(String tenantId, AssetId asset, Fingerprint fingerprint);

	/** Whether the index holds the asset. */
	boolean contains(AssetId asset);

	/** The MinHash signature of an asset's copy, if the index holds the asset. */
	Optional<TextSignature> copySignature(AssetId asset);

	/**
	 * The MinHash signature of the copy an asset's main image shows, if the index holds
	 * the asset with one.
	 */
	Optional<TextSignature> imageTextSignature(AssetId asset);

	/**
	 * An approved asset near a probe.
	 *
	 * @param asset the asset
	 * @param similarity for embeddings the cosine similarity in [-1, 1]; for copy the
	 * estimated Jaccard index of the 4-gram sets; for images 1 − Hamming distance / 64
	 */
	record Neighbour(AssetId asset, double similarity) {

		/** For image neighbours: the Hamming distance between the two hashes. */
		public int bitsApart() {
			return (int) Math.round((1 - this.similarity) * Long.SIZE);
		}

		/** An image neighbour at a Hamming distance. */
		public static Neighbour ofImage(AssetId asset, int bitsApart) {
			return new Neighbour(asset, 1 - (double) bitsApart / Long.SIZE);
		}

	}

	/**
	 * An approved asset whose main image shows words like those on the probe's.
	 *
	 * @param asset the asset
	 * @param bitsApart the Hamming distance between the two main images' perceptual
	 * hashes
	 * @param words the estimated Jaccard index of the words drawn on the two images
	 */
	record Pictured(AssetId asset, int bitsApart, double words) {
	}

	/**
	 * The nearest approved assets of a probe.
	 *
	 * @param semantic by the embedding of the copy
	 * @param lexical by the MinHash signature of the copy
	 * @param image by the perceptual hash of the main image
	 * @param pictured every asset (up to a bound) whose main image's words share a
	 * MinHash band with the probe's: among many layouts alike to the hash, the ones
	 * showing the same words
	 */
	record Neighbours(Optional<Neighbour> semantic, Optional<Neighbour> lexical, Optional<Neighbour> image,
			List<Pictured> pictured) {

		public static final Neighbours NONE = new Neighbours(Optional.empty(), Optional.empty(), Optional.empty(),
				List.of());

		public Neighbours {
			pictured = List.copyOf(pictured);
		}

	}

}
