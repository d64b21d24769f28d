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
	 * What this requirement needs now that one more concept has a verdict or was given up
	 * on: replacement concepts while approved, in-flight and failed concepts fall short
	 * of the wanted count and the budget allows, completion once enough are approved, and
	 * once nothing is left to wait for: exhaustion when no concept failed, else a partial
	 * result when some are approved and a failure when none is. A concept a stage gave up
	 * on is not replaced here: the same brief would fail again; a retry re-drives it.
	 */
	public NextStep afterVerdict() {
		if (this.status.isFinal()) {
			return new NextStep.Wait();
		}
		if (this.counters.approved() >= this.variantCount) {
			return new NextStep.Complete();
		}
		int missing = this.variantCount - this.counters.approved() - this.counters.inFlight()
				- this.counters.openFailures();
		int affordable = this.retryBudget - this.counters.retriesUsed();
		int regenerate = Math.max(0, Math.min(missing, affordable));
		if (regenerate > 0) {
			return new NextStep.Regenerate(regenerate);
		}
		if (this.counters.inFlight() > 0) {
			return new NextStep.Wait();
		}
		if (this.counters.openFailures() == 0) {
			return new NextStep.Exhaust();
		}
		return (this.counters.approved() > 0) ? new NextStep.Partial() : new NextStep.Fail();
	}

}
