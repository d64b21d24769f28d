package io.aigcfactory.creative.requirement;

/**
 * How far a requirement's concepts have come.
 *
 * @param conceptsCreated concepts written so far
 * @param retriesUsed concepts written to replace rejected ones
 * @param approved assets approved
 * @param rejected assets rejected
 * @param inReview assets waiting for a human reviewer
 */
public record Counters(int conceptsCreated, int retriesUsed, int approved, int rejected, int inReview) {

	public static final Counters NONE = new Counters(0, 0, 0, 0, 0);

	public int inspected() {
		return this.approved + this.rejected + this.inReview;
	}

	/** Concepts whose assets have no verdict yet. */
	public int inFlight() {
		return this.conceptsCreated - inspected();
	}

}
