package io.aigcfactory.inspection.review;

import java.time.Instant;
import java.util.List;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.RequirementId;
import org.jspecify.annotations.Nullable;

/**
 * An asset in the review queue, as the API shows it.
 *
 * @param assetId the asset (and the item's id)
 * @param requirementId its requirement
 * @param tenantId its tenant
 * @param status {@code OPEN}, {@code CLAIMED}, {@code APPROVED}, {@code REJECTED}
 * @param reasons the codes of the findings that sent it to review
 * @param findings those findings
 * @param claimedBy who claimed it last
 * @param claimedAt when
 * @param decidedBy who decided it ({@code expiry} for the expiry policy)
 * @param decisionReason why
 * @param createdAt when it entered the queue
 * @param decidedAt when it was decided
 */
public record ReviewItem(AssetId assetId, RequirementId requirementId, String tenantId, String status,
		List<String> reasons, List<Finding> findings, @Nullable String claimedBy, @Nullable Instant claimedAt,
		@Nullable String decidedBy, @Nullable String decisionReason, Instant createdAt, @Nullable Instant decidedAt) {

	/** Whether a decision is still to be made. */
	public boolean open() {
		return "OPEN".equals(this.status) || "CLAIMED".equals(this.status);
	}

}
