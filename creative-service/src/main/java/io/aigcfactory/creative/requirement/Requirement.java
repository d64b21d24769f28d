package io.aigcfactory.creative.requirement;

import java.time.Instant;
import java.util.List;

import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import org.jspecify.annotations.Nullable;

/**
 * One product submitted for materials.
 *
 * @param id its id
 * @param tenantId the tenant that submitted it
 * @param product the product facts
 * @param channels the channel ids to publish to
 * @param variantCount how many approved assets are wanted
 * @param retryBudget how many replacement concepts may be written
 * @param status where it stands
 * @param counters how far its concepts have come
 * @param acceptedAt when it was accepted
 * @param completedAt when it reached a final status
 */
public record Requirement(RequirementId id, String tenantId, Product product, List<String> channels, int variantCount,
		int retryBudget, RequirementStatus status, Counters counters, Instant acceptedAt,
		@Nullable Instant completedAt) {

	/**
	 * What this requirement needs now that one more asset has a verdict: replacement
	 * concepts while approved and in-flight assets fall short of the wanted count and the
	 * budget allows, completion once enough are approved, exhaustion once nothing is left
	 * to wait for.
	 */
	public NextStep afterVerdict() {
		if (this.status.isFinal()) {
			return new NextStep.Wait();
		}
		if (this.counters.approved() >= this.variantCount) {
			return new NextStep.Complete();
		}
		int missing = this.variantCount - this.counters.approved() - this.counters.inFlight();
		int affordable = this.retryBudget - this.counters.retriesUsed();
		int regenerate = Math.max(0, Math.min(missing, affordable));
		if (regenerate > 0) {
			return new NextStep.Regenerate(regenerate);
		}
		return (this.counters.inFlight() == 0) ? new NextStep.Exhaust() : new NextStep.Wait();
	}

}
