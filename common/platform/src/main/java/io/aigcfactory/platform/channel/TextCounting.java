package io.aigcfactory.platform.channel;

/**
 * How a platform counts the length of a title or copy.
 */
public enum TextCounting {

	/** Every Unicode code point counts one. */
	CHARACTERS {
		@Override
		int weight(int codePoint) {
			return 1;
		}
	},

	/**
	 * As a GBK byte count: ASCII counts one, everything else (Chinese characters,
	 * full-width punctuation) two. Taobao's "60 bytes" title is 30 Chinese characters.
	 */
	GBK_BYTES {
		@Override
		int weight(int codePoint) {
			return (codePoint < 0x80) ? 1 : 2;
		}
	};

	abstract int weight(int codePoint);

	/** The length of a text in this counting. */
	public int length(String text) {
		return text.codePoints().map(this::weight).sum();
	}

	/** The longest prefix of a text whose length is at most {@code max}. */
	public String prefix(String text, int max) {
		int used = 0;
		int end = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			if (used + weight(codePoint) > max) {
				break;
			}
			used += weight(codePoint);
			end += Character.charCount(codePoint);
		}
		return text.substring(0, end);
	}

}
