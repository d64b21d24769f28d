package io.aigcfactory.inspection.originality;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The near-duplicate check.
 *
 * @param threshold cosine similarity from which copy counts as a near-duplicate of an
 * approved asset's copy
 * @param indexDirectory where the local vector index lives
 * @param commitInterval how often the local index is made durable
 * @param recoveryInterval how often approvals recorded since shortly before the previous
 * pass are checked against the index, and any missing one written to it; the first pass,
 * at start, checks every approval
 */
@Validated
@ConfigurationProperties("aigc.inspection.originality")
public record OriginalitySettings(@DecimalMin("0.5") @DecimalMax("1.0") double threshold, @NotNull Path indexDirectory,
		@NotNull Duration commitInterval, @NotNull Duration recoveryInterval) {

}
