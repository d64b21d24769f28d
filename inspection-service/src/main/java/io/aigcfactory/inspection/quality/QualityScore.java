package io.aigcfactory.inspection.quality;

import java.util.List;

import io.aigcfactory.events.Finding;

/**
 * An asset's quality.
 *
 * @param score 0 to 100
 * @param threshold the tenant's threshold it was held against
 * @param reasons a finding per failed rule, whatever the score
 */
public record QualityScore(int score, int threshold, List<Finding> reasons) {

	public QualityScore {
		reasons = List.copyOf(reasons);
	}

	/** Whether the asset passes the gate. */
	public boolean passes() {
		return this.score >= this.threshold;
	}

}
