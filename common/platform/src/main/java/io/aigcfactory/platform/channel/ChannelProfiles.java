package io.aigcfactory.platform.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What each channel accepts, by channel id (default in
 * {@code aigc-channel-profiles.yml}): production decides from a requirement's channels
 * which renditions it makes. A channel without a profile gets the renditions made for
 * every channel only.
 *
 * @param profiles the profiles by channel id
 */
@Validated
@ConfigurationProperties("aigc.channels")
public record ChannelProfiles(@DefaultValue @NotNull Map<String, @Valid ChannelProfile> profiles) {

	public ChannelProfiles {
		profiles = new TreeMap<>(profiles);
	}

	/** The profile of a channel, if it has one. */
	public Optional<ChannelProfile> of(String channel) {
		return Optional.ofNullable(this.profiles.get(channel));
	}

	/** The profiles of some channels, in their order, skipping channels without one. */
	public List<Map.Entry<String, ChannelProfile>> of(List<String> channels) {
		return channels.stream()
			.filter(this.profiles::containsKey)
			.distinct()
			.map((channel) -> Map.entry(channel, this.profiles.get(channel)))
			.toList();
	}

}
