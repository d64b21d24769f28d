package io.aigcfactory.inspection.originality;

import org.jspecify.annotations.Nullable;

/**
 * What originality compares of an asset.
 *
 * @param embedding the sentence embedding of its copy
 * @param text the MinHash signature of its copy's character 4-grams
 * @param image the perceptual hash of its main image, when it has one
 * @param imageText the MinHash signature of the copy its main image shows (headline,
 * highlights, call to action), when it has a main image; {@code null} for fingerprints
 * recorded before it was kept
 */
public record Fingerprint(float[] embedding, TextSignature text, @Nullable Long image,
		@Nullable TextSignature imageText) {

	/** A fingerprint without the signature of the copy on its main image. */
	public Fingerprint(float[] embedding, TextSignature text, @Nullable Long image) {
		this(embedding, text, image, null);
	}

}
