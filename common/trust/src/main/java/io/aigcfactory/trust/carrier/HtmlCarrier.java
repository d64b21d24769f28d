package io.aigcfactory.trust.carrier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aigcfactory.trust.carrier.CarrierReading.LabelOccurrence;
import io.aigcfactory.trust.label.AigcLabel;

/**
 * The label in an HTML page: {@code <meta name="AIGC" content="...">} in the head, the
 * JSON's quotes written as {@code &quot;}. Writing removes every other {@code AIGC} meta
 * element and puts the new one right after {@code <head>}. The page must be UTF-8.
 */
public final class HtmlCarrier implements LabelCarrier {

	private static final Pattern META = Pattern.compile("<meta\\b[^>]*>\\s?", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("\\bname\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTENT = Pattern.compile("\\bcontent\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	@Override
	public String format() {
		return "HTML";
	}

	@Override
	public boolean recognises(byte[] file) {
		String head = new String(file, 0, Math.min(file.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
			.toLowerCase(Locale.ROOT);
		return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head");
	}

	@Override
	public CarrierReading read(byte[] file) {
		try {
			String page = utf8(file);
			List<LabelOccurrence> found = new ArrayList<>();
			Matcher meta = META.matcher(page);
			while (meta.find()) {
				if (isLabel(meta.group())) {
					Matcher content = CONTENT.matcher(meta.group());
					found
						.add(new LabelOccurrence("HTML meta AIGC", content.find() ? Xmp.unescape(value(content)) : ""));
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
		String page = new String(signedContent(file), StandardCharsets.UTF_8);
		String element = "<meta name=\"AIGC\" content=\"" + label.toJson().replace("\"", "&quot;") + "\">\n";
		Matcher head = HEAD.matcher(page);
		String labelled = head.find() ? page.substring(0, head.end()) + "\n" + element + page.substring(head.end())
				: element + page;
		return labelled.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public byte[] signedContent(byte[] file) {
		String page = unlabelled(utf8(file));
		Matcher head = HEAD.matcher(page);
		if (head.find() && page.startsWith("\n", head.end())) {
			page = page.substring(0, head.end()) + page.substring(head.end() + 1);
		}
		return page.getBytes(StandardCharsets.UTF_8);
	}

	private static String unlabelled(String page) {
		StringBuilder out = new StringBuilder(page.length());
		Matcher meta = META.matcher(page);
		int at = 0;
		while (meta.find()) {
			if (isLabel(meta.group())) {
				out.append(page, at, meta.start());
				at = meta.end();
			}
		}
		return out.append(page, at, page.length()).toString();
	}

	private static boolean isLabel(String element) {
		Matcher name = NAME.matcher(element);
		return name.find() && "AIGC".equalsIgnoreCase(value(name));
	}

	private static String value(Matcher matcher) {
		for (int group = 1; group <= matcher.groupCount(); group++) {
			if (matcher.group(group) != null) {
				return matcher.group(group);
			}
		}
		return "";
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFile("the page is not UTF-8");
		}
	}

}
