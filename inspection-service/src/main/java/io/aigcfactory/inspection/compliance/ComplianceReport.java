package io.aigcfactory.inspection.compliance;

import java.util.List;
import java.util.stream.Stream;

import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;

/**
 * What the compliance funnel found in one text. A {@link Finding} carries no severity, so
 * the report keeps the findings that block publication apart from those a human has to
 * judge.
 *
 * @param blocking findings that reject the text
 * @param review findings that send the text to a human reviewer
 */
public record ComplianceReport(List<Finding> blocking, List<Finding> review) {

	public ComplianceReport {
		blocking = List.copyOf(blocking);
		review = List.copyOf(review);
	}

	/** A report without findings. */
	public static ComplianceReport clean() {
		return new ComplianceReport(List.of(), List.of());
	}

	/** Every finding, blocking ones first, each group in reading order. */
	public List<Finding> findings() {
		return Stream.concat(this.blocking.stream(), this.review.stream()).toList();
	}

	/**
	 * The verdict the findings call for.
	 * @return {@link Verdict#REJECTED} if any finding blocks, {@link Verdict#REVIEW} if
	 * some need a human, else {@link Verdict#APPROVED}
	 */
	public Verdict verdict() {
		if (!this.blocking.isEmpty()) {
			return Verdict.REJECTED;
		}
		return this.review.isEmpty() ? Verdict.APPROVED : Verdict.REVIEW;
	}

}
