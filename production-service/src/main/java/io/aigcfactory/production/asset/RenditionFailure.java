package io.aigcfactory.production.asset;

/**
 * A rendition production could not make, while the rest of its asset was made.
 *
 * @param name the file it would have been, e.g. {@code main-200x200.jpg}
 * @param reason a stable code: {@code TEXT_DOES_NOT_FIT}, {@code OVERSIZE},
 * {@code VIDEO_FAILED}
 * @param detail what went wrong, for a human
 */
public record RenditionFailure(String name, String reason, String detail) {

	/** The size cannot hold legible text. */
	public static final String TEXT_DOES_NOT_FIT = "TEXT_DOES_NOT_FIT";

	/** The file stays over the channel's byte limit. */
	public static final String OVERSIZE = "OVERSIZE";

	/** The video could not be encoded. */
	public static final String VIDEO_FAILED = "VIDEO_FAILED";

}
