package io.aigcfactory.inspection.compliance;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The channels a lexicon pack applies to: a marketplace's own rules (no contact details
 * that lead buyers off the platform on Douyin, no rival platform's name on Taobao) bind
 * copy only where it is published. Copy whose channels are unknown is held to every
 * channel's rules, since it may be published anywhere.
 *
 * @param names lower-case channel names, e.g. {@code douyin}
 * @param excluding whether the pack applies to every channel except those named
 */
record ChannelScope(List<String> names, boolean excluding) {

	static final ChannelScope EVERY = new ChannelScope(List.of(), true);

	ChannelScope {
		names = List.copyOf(names);
	}

	/**
	 * Parses {@code *}, {@code douyin,kuaishou} or {@code !taobao}.
	 * @param text the scope as written in a pack
	 * @return the scope
	 */
	static ChannelScope parse(String text) {
		String spec = text.strip();
		if (spec.equals("*")) {
			return EVERY;
		}
		boolean excluding = spec.startsWith("!");
		List<String> names = Arrays.stream(spec.substring(excluding ? 1 : 0).split("[,，]"))
			.map(ChannelScope::name)
			.filter((name) -> !name.isEmpty())
			.toList();
		return new ChannelScope(names, excluding);
	}

	/** A channel name as scopes compare it. */
	static String name(String channel) {
		return channel.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the pack applies to copy published on these channels: to at least one of
	 * them, or to any channel at all when none is known.
	 * @param channels the copy's channels as {@link #name} writes them; empty when
	 * unknown
	 */
	boolean appliesTo(Collection<String> channels) {
		if (this == EVERY) {
			return true;
		}
		return channels.isEmpty()
				|| channels.stream().anyMatch((channel) -> this.excluding != this.names.contains(channel));
	}

}
