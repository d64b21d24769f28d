package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

/**
 * Inspection reached a verdict on an asset.
 *
 * @param metadata event metadata
 * @param requirementId the requirement, the topic key
 * @param assetId the asset
 * @param conceptId the concept it came from
 * @param attempt the concept's attempt number
 * @param angle the concept's angle
 * @param verdict the outcome
 * @param findings the reasons, empty for a clean approval
 * @param product product summary
 * @param renditions the asset's files, for distribution
 * @param channels the channel ids the requirement targets
 */
public record AssetInspected(EventMetadata metadata, RequirementId requirementId, AssetId assetId, ConceptId conceptId,
		int attempt, Angle angle, Verdict verdict, List<Finding> findings, ProductSummary product,
		List<Rendition> renditions, List<String> channels) implements InspectionEvent {

	public AssetInspected {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(assetId, "assetId");
		Objects.requireNonNull(conceptId, "conceptId");
		Contracts.requirePositive(attempt, "attempt");
		Objects.requireNonNull(angle, "angle");
		Objects.requireNonNull(verdict, "verdict");
		findings = Contracts.copyOf(findings, "findings");
		if (verdict != Verdict.APPROVED && findings.isEmpty()) {
			throw new IllegalArgumentException("a " + verdict + " verdict needs at least one finding");
		}
		Objects.requireNonNull(product, "product");
		renditions = Contracts.copyOf(renditions, "renditions");
		channels = Contracts.copyOf(channels, "channels");
	}

}
