package io.aigcfactory.creative.requirement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.StageFailed;
import io.aigcfactory.platform.messaging.UnprocessableEvent;

import org.springframework.stereotype.Service;

/**
 * Follows each asset of a requirement through production, inspection and publication,
 * keeping the requirement's counters. Every method locks the requirement, so the
 * listeners of different topics never race on it.
 */
@Service
public class AssetTracking {

	private final Requirements requirements;

	private final RequirementAssets assets;

	private final ConceptFailures failures;

	AssetTracking(Requirements requirements, RequirementAssets assets, ConceptFailures failures) {
		this.requirements = requirements;
		this.assets = assets;
		this.failures = failures;
	}

	public void produced(AssetProduced event) {
		lock(event.requirementId());
		this.assets.produced(record(event.assetId(), event.requirementId(), event.conceptId(), event.angle().name(),
				event.renditions()), event.metadata().occurredAt());
	}

	/**
	 * Records a verdict and counts it against the requirement: an asset's first verdict,
	 * or a reviewer's decision on an asset that was in review (which moves it from the
	 * review count to the approved or rejected one).
	 * @return the requirement as it stands after the verdict, to plan what it needs next;
	 * empty when the asset already had its final verdict
	 */
	public Optional<Requirement> judged(AssetInspected event) {
		lock(event.requirementId());
		RequirementAssets.Judged judged = this.assets.judged(record(event.assetId(), event.requirementId(),
				event.conceptId(), event.angle().name(), event.renditions()), event.verdict(), event.findings(),
				event.metadata().occurredAt());
		switch (judged) {
			case FIRST -> this.requirements.countVerdict(event.requirementId(), event.verdict());
			case DECIDED_AFTER_REVIEW -> this.requirements.countReviewDecision(event.requirementId(), event.verdict());
			case ALREADY -> {
				return Optional.empty();
			}
		}
		return this.requirements.lock(event.requirementId());
	}

	/**
	 * Records that a stage gave up on a concept and counts it against the requirement.
	 * @return the requirement as it stands after the failure, to plan what it needs next;
	 * empty when the concept had failed before
	 */
	public Optional<Requirement> failed(StageFailed event) {
		lock(event.requirementId());
		if (!this.failures.add(event)) {
			return Optional.empty();
		}
		this.requirements.countFailure(event.requirementId());
		return this.requirements.lock(event.requirementId());
	}

	/**
	 * Marks the open failures of a requirement, which the caller holds locked, as
	 * re-driven.
	 * @return the attempt number the concepts written in their place get; empty when
	 * there is nothing to retry
	 */
	public OptionalInt retryFailures(Requirement requirement, Instant at) {
		if (requirement.counters().openFailures() == 0) {
			return OptionalInt.empty();
		}
		List<Integer> attempts = this.failures.retry(requirement.id(), at);
		return attempts.stream().mapToInt(Integer::intValue).max().stream().map((attempt) -> attempt + 1).findFirst();
	}

	public void published(AssetPublished event) {
		lock(event.requirementId());
		this.assets.published(event.assetId(), event.requirementId(), event.channel(), "PUBLISHED", event.location(),
				null, event.metadata().occurredAt());
	}

	public void publicationFailed(PublicationFailed event) {
		lock(event.requirementId());
		this.assets.published(event.assetId(), event.requirementId(), event.channel(), "FAILED", null, event.reason(),
				event.metadata().occurredAt());
	}

	/** The evidence behind every compliance finding so far: terms new copy must avoid. */
	public List<String> rejectedTerms(RequirementId requirement) {
		return this.assets.complianceEvidence(requirement);
	}

	private Requirement lock(RequirementId id) {
		return this.requirements.lock(id)
			.orElseThrow(() -> new UnprocessableEvent("No requirement " + id + " in this service"));
	}

	private static RequirementAssets.AssetRecord record(AssetId asset, RequirementId requirement, ConceptId concept,
			String angle, List<Rendition> renditions) {
		return new RequirementAssets.AssetRecord(asset, requirement, concept, angle,
				renditions.stream().map(Rendition::name).toList());
	}

}
