package io.aigcfactory.inspection.compliance;

import java.util.List;
import java.util.stream.Stream;

import io.aigcfactory.events.Finding;
import io.aigcfactory.events.Verdict;

/**
 * What the compliance funnel found in one text, and which of its checks ran.
 *
 * @param violations every finding in reading order
 * @param checked the checks that ran, e.g. {@code lexicon}, {@code patterns}
 */
public record ComplianceReport(List<Violation> violations, List<String> checked) {

	public ComplianceReport {
		violations = List.copyOf(violations);
		checked = List.copyOf(checked);
	}

	/** A report without findings. */
	public static ComplianceReport clean() {
		return new ComplianceReport(List.of(), List.of());
	}

	/** The findings that reject the text, in reading order. */
	public List<Finding> blocking() {
		return findingsAt(Level.BLOCK);
	}

	/** The findings that send the text to a human reviewer, in reading order. */
	public List<Finding> review() {
		return findingsAt(Level.REVIEW);
	}

	/** Every finding, blocking ones first, each group in reading order. */
	public List<Finding> findings() {
		return Stream.concat(blocking().stream(), review().stream()).toList();
	}

	/** This report with more findings and checks, e.g. from the classifier tier. */
	public ComplianceReport with(List<Violation> more, List<String> moreChecked) {
		return new ComplianceReport(Stream.concat(this.violations.stream(), more.stream())
			.sorted(java.util.Comparator.comparingInt(Violation::start))
			.toList(), Stream.concat(this.checked.stream(), moreChecked.stream()).toList());
	}

	/**
	 * The verdict the findings call for.
	 * @return {@link Verdict#REJECTED} if any finding blocks, {@link Verdict#REVIEW} if
	 * some need a human, else {@link Verdict#APPROVED}
	 */
	public Verdict verdict() {
		if (this.violations.stream().anyMatch((v) -> v.severity() == Level.BLOCK)) {
			return Verdict.REJECTED;
		}
		return this.violations.isEmpty() ? Verdict.APPROVED : Verdict.REVIEW;
	}

	private List<Finding> findingsAt(Level level) {
		return this.violations.stream()
			.filter((v) -> v.severity() == level)
			.map(Violation::finding)
			.distinct()
			.toList();
	}

}
