package io.aigcfactory.inspection.web;

/** Text that any JSON writer accepts: unpaired surrogates become U+FFFD. */
final class WellFormed {

	private WellFormed() {
	}

	static String text(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (paired) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			if (Character.isSurrogate(c)) {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
				out.append('\uFFFD');
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return (out != null) ? out.toString() : text;
	}

}
