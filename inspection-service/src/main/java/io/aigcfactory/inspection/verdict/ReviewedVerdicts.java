package io.aigcfactory.inspection.verdict;

import java.time.Clock;
import java.time.Instant;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.inspection.originality.OriginalityCheck;
import io.aigcfactory.inspection.review.ReviewOutcomes;

import org.springframework.stereotype.Component;

/**
 * Records a reviewer's decision on the asset's inspection; an approved asset's
 * fingerprint joins the originality index once the decision commits (and
 * {@link IndexRecovery} writes it should that be lost).
 */
@Component
class ReviewedVerdicts implements ReviewOutcomes {

	private final Inspections inspections;

	private final OriginalityCheck originality;

	private final Clock clock;

	ReviewedVerdicts(Inspections inspections, OriginalityCheck originality, Clock clock) {
		this.inspections = inspections;
		this.originality = originality;
		this.clock = clock;
	}

	@Override
	public void approved(String tenantId, AssetId asset) {
		this.inspections.decide(asset, tenantId, Verdict.APPROVED, Instant.now(this.clock))
			.ifPresent((fingerprint) -> this.originality.admitApproved(tenantId, asset, fingerprint));
	}

	@Override
	public void rejected(String tenantId, AssetId asset) {
		this.inspections.decide(asset, tenantId, Verdict.REJECTED, Instant.now(this.clock));
	}

}
