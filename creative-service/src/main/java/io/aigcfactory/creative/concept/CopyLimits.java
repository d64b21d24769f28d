package io.aigcfactory.creative.concept;

/**
 * How long each part of a concept's copy may be, in code points: the layouts of every
 * channel have room for this much. Every writer keeps to these limits.
 */
public final class CopyLimits {

	/** The headline, shown large on images. */
	public static final int HEADLINE = 18;

	/** The body copy. */
	public static final int BODY = 60;

	/** The call to action. */
	public static final int CALL_TO_ACTION = 8;

	/** One highlight badge. */
	public static final int HIGHLIGHT = 12;

	/** The most highlight badges a layout shows. */
	public static final int HIGHLIGHTS = 4;

	/** One hashtag, without its {@code #}. */
	public static final int HASHTAG = 12;

	/** The most hashtags a concept carries. */
	public static final int HASHTAGS = 5;

	private CopyLimits() {
	}

	/** The length of a text as these limits count it. */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
