package io.aigcfactory.inspection.compliance;

import io.aigcfactory.events.Finding;

/**
 * One thing the funnel found in a text, located in the text as written.
 *
 * @param code the stable finding code, e.g. {@code ABSOLUTE_TERM}
 * @param category what kind of claim it is, e.g. {@code superlative}
 * @param severity whether it rejects the text or sends it to a human
 * @param start where the evidence starts in the original text (UTF-16 index)
 * @param end where it ends, exclusive
 * @param evidence the original text of the span, exactly as written
 * @param legalBasis the provision the claim runs against, in Chinese
 * @param suggestion how to say it compliantly, in Chinese
 * @param note why a finding needs a human rather than rejecting, empty for rejections
 */
public record Violation(String code, String category, Level severity, int start, int end, String evidence,
		String legalBasis, String suggestion, String note) {

	/** The finding as it travels on the inspection event. */
	public Finding finding() {
		return new Finding(Finding.Stage.COMPLIANCE, this.code, this.legalBasis + this.note, this.evidence);
	}

}
