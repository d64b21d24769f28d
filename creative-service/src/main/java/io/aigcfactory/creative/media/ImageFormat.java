package io.aigcfactory.creative.media;

import java.util.Optional;

/** The photo formats the service accepts, told apart by their first bytes. */
public enum ImageFormat {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpeg"), WEBP("image/webp", "webp");

	private final String mediaType;

	private final String readerName;

	ImageFormat(String mediaType, String readerName) {
		this.mediaType = mediaType;
		this.readerName = readerName;
	}

	public String mediaType() {
		return this.mediaType;
	}

	String readerName() {
		return this.readerName;
	}

	/** The format whose signature the content starts with, if any. */
	public static Optional<ImageFormat> sniff(byte[] content) {
		if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int offset, int... signature) {
		if (content.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
