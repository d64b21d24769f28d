package io.aigcfactory.creative.requirement;

/**
 * How far a requirement's concepts have come.
 *
 * @param conceptsCreated concepts written so far
 * @param retriesUsed concepts written to replace rejected ones
 * @param approved assets approved
 * @param rejected assets rejected
 * @param inReview assets waiting for a human reviewer
 * @param failed concepts a stage gave up on, so they will never have a verdict
 * @param failuresRetried of those, how many a retry has written new concepts for
 */
public record Counters(int conceptsCreated, int retriesUsed, int approved, int rejected, int inReview, int failed,
		int failuresRetried) {

	public static final Counters NONE = new Counters(0, 0, 0, 0, 0, 0, 0);

	/** Counters of a requirement none of whose concepts failed. */
	public Counters(int conceptsCreated, int retriesUsed, int approved, int rejected, int inReview) {
		this(conceptsCreated, retriesUsed, approved, rejected, inReview, 0, 0);
	}

	public int inspected() {
		return this.approved + this.rejected + this.inReview;
	}

	/**
	 * Concepts whose assets have no final verdict yet and that no stage gave up on: an
	 * asset in review is in flight until a reviewer decides it.
	 */
	public int inFlight() {
		return this.conceptsCreated - this.approved - this.rejected - this.failed;
	}

	/** Failed concepts that no retry has re-driven yet. */
	public int openFailures() {
		return this.failed - this.failuresRetried;
	}

}
