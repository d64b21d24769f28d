package io.aigcfactory.gateway.keys;

import java.util.Locale;

/**
 * What a credential may do. API keys carry them as a list; operators' JWTs in their
 * {@code scope} claim. Both become the authority {@code SCOPE_<name>}.
 */
public enum Scope {

	/** Submit requirements, upload photos, manage brand kits, retry failures. */
	SUBMIT,

	/** Read the tenant's requirements, assets, verdicts, publications and insights. */
	READ,

	/** Report impressions, clicks and conversions. */
	FEEDBACK,

	/** Decide on assets held for review. */
	REVIEW,

	/** Manage keys, dead letters and the actuator. */
	ADMIN;

	/** The scope's name on the wire: {@code submit}, {@code read}… */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Spring Security authority that stands for this scope. */
	public String authority() {
		return "SCOPE_" + wireName();
	}

	/** The scope of a wire name, or {@code null} for an unknown one. */
	static Scope ofWireName(String name) {
		for (Scope scope : values()) {
			if (scope.wireName().equals(name)) {
				return scope;
			}
		}
		return null;
	}

}
