package io.aigcfactory.inspection.review;

import io.aigcfactory.events.AssetId;

/**
 * What the rest of inspection does when a reviewer approves an asset: records the
 * approval on its inspection and admits its fingerprint to the originality index once the
 * decision commits. Called inside the decision's transaction.
 */
public interface ReviewOutcomes {

	void approved(String tenantId, AssetId asset);

	void rejected(String tenantId, AssetId asset);

}
