package io.aigcfactory.trust.carrier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XMP packet that holds the label under the TC260 namespace
 * ({@code http://www.tc260.org.cn/ns/AIGC/1.0/}, property {@code AIGC}), and reading that
 * property back from any packet, whatever prefix the packet binds the namespace to.
 */
final class Xmp {

	static final String NAMESPACE = "http://www.tc260.org.cn/ns/AIGC/1.0/";

	private static final Pattern BINDING = Pattern
		.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*[\"']" + Pattern.quote(NAMESPACE) + "[\"']");

	private Xmp() {
	}

	/** A packet holding only the label, as the element {@code TC260:AIGC}. */
	static String packet(String json) {
		return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
				+ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:TC260=\"" + NAMESPACE + "\">" + "<TC260:AIGC>"
				+ json.replace("&", "&amp;").replace("<", "&lt;") + "</TC260:AIGC>"
				+ "</rdf:Description></rdf:RDF></x:xmpmeta>" + "<?xpacket end=\"w\"?>";
	}

	/** Whether a packet binds the TC260 namespace. */
	static boolean mentionsTc260(String packet) {
		return packet.contains(NAMESPACE);
	}

	/**
	 * The values of the TC260 {@code AIGC} property in a packet, as elements or
	 * attributes.
	 */
	static List<String> labels(String packet) {
		List<String> labels = new ArrayList<>();
		Matcher binding = BINDING.matcher(packet);
		while (binding.find()) {
			String prefix = Pattern.quote(binding.group(1));
			Matcher element = Pattern
				.compile("<" + prefix + ":AIGC(?:\\s[^>]*)?>(.*?)</" + prefix + ":AIGC\\s*>", Pattern.DOTALL)
				.matcher(packet);
			while (element.find()) {
				labels.add(unescape(element.group(1).trim()));
			}
			Matcher attribute = Pattern.compile("\\s" + prefix + ":AIGC\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')")
				.matcher(packet);
			while (attribute.find()) {
				labels.add(unescape((attribute.group(1) != null) ? attribute.group(1) : attribute.group(2)));
			}
		}
		return labels;
	}

	static String unescape(String xml) {
		return xml.replace("&quot;", "\"")
			.replace("&#34;", "\"")
			.replace("&#x22;", "\"")
			.replace("&apos;", "'")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
