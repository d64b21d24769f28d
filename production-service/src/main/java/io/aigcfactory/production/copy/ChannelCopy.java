package io.aigcfactory.production.copy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Product;
import io.aigcfactory.platform.channel.ChannelProfile;

/**
 * The copy as one channel takes it, {@code copy-<channel>.txt}: a title within the
 * channel's title rule (the product's listing title on marketplaces, the headline on
 * social channels, which carry hashtags), the body copy within its copy rule, and on
 * social channels the concept's hashtags, as many as the channel allows. Lengths are
 * counted the way the channel counts them.
 */
public final class ChannelCopy {

	private ChannelCopy() {
	}

	/** The rendition's file name for a channel. */
	public static String name(String channel) {
		return "copy-" + channel + ".txt";
	}

	/** The title a channel shows, cut to its rule. */
	public static String title(Copy copy, Product product, ChannelProfile profile) {
		String title = social(profile) ? copy.headline() : product.title();
		return profile.title().fit(title.strip());
	}

	/** The hashtags a channel carries, {@code #} included. */
	public static List<String> hashtags(Copy copy, ChannelProfile profile) {
		return copy.hashtags()
			.stream()
			.map((tag) -> "#" + tag.strip())
			.distinct()
			.limit(profile.hashtags().max())
			.toList();
	}

	public static byte[] render(Copy copy, Product product, ChannelProfile profile) {
		StringBuilder body = new StringBuilder(copy.body()).append("\n\n");
		for (String highlight : copy.highlights()) {
			body.append("· ").append(highlight).append('\n');
		}
		body.append(copy.callToAction());
		List<String> tags = hashtags(copy, profile);
		String tail = tags.isEmpty() ? "" : "\n\n" + String.join(" ", tags);
		// The hashtags count against the copy budget on the platforms that carry them.
		int room = profile.copy().max() - profile.copy().counting().length(tail);
		String fitted = profile.copy().counting().prefix(body.toString(), Math.max(room, 0));
		String text = title(copy, product, profile) + "\n\n" + fitted + tail + "\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static boolean social(ChannelProfile profile) {
		return profile.hashtags().max() > 0;
	}

}
