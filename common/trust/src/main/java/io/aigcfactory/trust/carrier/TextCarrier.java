package io.aigcfactory.trust.carrier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.trust.carrier.CarrierReading.LabelOccurrence;
import io.aigcfactory.trust.label.AigcLabel;

/**
 * The label of a UTF-8 text in front matter: a first line {@code ---}, a line
 * {@code AIGC: {...}} (the JSON object is a YAML flow mapping), and a closing
 * {@code ---}. Where a channel takes the text as it is, the label goes into a sidecar
 * instead ({@link #sidecar}), which {@link Labels#verifySidecar} reads.
 */
public final class TextCarrier implements LabelCarrier {

	private static final String FENCE = "---\n";

	@Override
	public String format() {
		return "TEXT";
	}

	@Override
	public boolean recognises(byte[] file) {
		try {
			utf8(file);
			return true;
		}
		catch (UnreadableFile ex) {
			return false;
		}
	}

	@Override
	public CarrierReading read(byte[] file) {
		try {
			String text = utf8(file);
			List<LabelOccurrence> found = new ArrayList<>();
			int end = frontMatterEnd(text);
			if (end > 0) {
				for (String line : text.substring(FENCE.length(), end - FENCE.length()).split("\n")) {
					if (line.startsWith("AIGC:")) {
						found.add(new LabelOccurrence("front matter AIGC", line.substring(5).trim()));
					}
				}
			}
			return new CarrierReading.Read(found);
		}
		catch (UnreadableFile ex) {
			return new CarrierReading.Unreadable(ex.getMessage());
		}
	}

	@Override
	public byte[] write(byte[] file, AigcLabel label) {
		String body = new String(signedContent(file), StandardCharsets.UTF_8);
		return (FENCE + "AIGC: " + label.toJson() + "\n" + FENCE + body).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public byte[] signedContent(byte[] file) {
		String text = utf8(file);
		int end = frontMatterEnd(text);
		return ((end > 0) ? text.substring(end) : text).getBytes(StandardCharsets.UTF_8);
	}

	/** The sidecar of a text: {@code {"AIGC":{...}}} as UTF-8 JSON. */
	public static byte[] sidecar(AigcLabel label) {
		return (label.toWrappedJson() + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static int frontMatterEnd(String text) {
		if (!text.startsWith(FENCE)) {
			return -1;
		}
		int close = text.indexOf("\n" + FENCE, FENCE.length() - 1);
		return (close < 0) ? -1 : close + 1 + FENCE.length();
	}

	static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFile("the text is not UTF-8");
		}
	}

}
