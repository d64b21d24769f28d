package io.aigcfactory.inspection.originality;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The near-duplicate check. The copy's embedding or its 4-gram signature at or past its
 * threshold makes an asset a near-duplicate of an approved one; its main image does so
 * together with copy at or past a lower threshold.
 *
 * @param threshold cosine similarity of the copy's embeddings from which copy counts as a
 * near-duplicate
 * @param textThreshold estimated Jaccard index of the copy's character 4-grams (brand
 * name masked) from which copy counts as a near-duplicate
 * @param imageDistance Hamming distance between the main images' 64-bit perceptual hashes
 * up to which images count as near-duplicates; at most 7, as the index finds images
 * through 8 exact 8-bit chunks of the hash
 * @param imageTextThreshold estimated Jaccard index of the copy's character 4-grams
 * (brand name masked) from which an asset whose main image is a near-duplicate is a
 * near-duplicate as a whole: variants of one product share their photograph, and with
 * copy of their own they are different assets
 * @param candidates length of the HNSW search's candidate list (its k): a list of one
 * misses near neighbours that a longer one finds
 * @param indexDirectory where the local index lives
 * @param commitInterval how often the local index is made durable
 * @param recoveryInterval how often approvals recorded since shortly before the previous
 * pass are checked against the index, and any missing one written to it; the first pass,
 * at start, checks every approval
 */
@Validated
@ConfigurationProperties("aigc.inspection.originality")
public record OriginalitySettings(@DecimalMin("0.5") @DecimalMax("1.0") double threshold,
		@DecimalMin("0.3") @DecimalMax("1.0") double textThreshold, @Min(0) @Max(7) int imageDistance,
		@DecimalMin("0.0") @DecimalMax("1.0") double imageTextThreshold, @Min(1) @Max(1000) int candidates,
		@NotNull Path indexDirectory, @NotNull Duration commitInterval, @NotNull Duration recoveryInterval) {

}
