package io.aigcfactory.inspection.originality;

import org.jspecify.annotations.Nullable;

/**
 * What originality compares of an asset.
 *
 * @param embedding the sentence embedding of its copy
 * @param text the MinHash signature of its copy's character 4-grams
 * @param image the perceptual hash of its main image, when it has one
 */
public record Fingerprint(float[] embedding, TextSignature text, @Nullable Long image) {

}
