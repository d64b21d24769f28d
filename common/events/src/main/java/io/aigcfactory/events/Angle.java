package io.aigcfactory.events;

/**
 * The creative angle a concept argues from. Feedback is aggregated per angle, and the
 * creative service learns which angles to write more of.
 */
public enum Angle {

	/** What the product does. */
	FUNCTION("功能"),
	/** Where and when it is used. */
	SCENARIO("场景"),
	/** Who it is for. */
	AUDIENCE("人群"),
	/** What it costs and why that is worth it. */
	PRICE("价格"),
	/** How it makes the buyer feel. */
	EMOTION("情感"),
	/** How it is made and what it is made of. */
	QUALITY("品质"),
	/** As a present for someone. */
	GIFTING("送礼"),
	/** Why it fits the moment. */
	TREND("潮流");

	private final String label;

	Angle(String label) {
		this.label = label;
	}

	/** The angle's Chinese label, as operators see it. */
	public String label() {
		return this.label;
	}

}
