package io.aigcfactory.production.asset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.aigcfactory.platform.channel.ChannelProfile;
import io.aigcfactory.platform.channel.ChannelProfile.ImageFormat;
import io.aigcfactory.production.image.ImageSpec;

/**
 * One image file an asset gets: a size, a format, the byte limit of the strictest channel
 * that takes it, and the channels it is for (empty: every channel).
 *
 * @param spec the size
 * @param format the encoding
 * @param maxBytes the largest file allowed
 * @param channels the channels it is made for; empty for every channel
 */
record ImageTarget(ImageSpec spec, ImageFormat format, long maxBytes, List<String> channels) {

	ImageTarget {
		channels = List.copyOf(channels);
	}

	String fileName() {
		return this.spec.name() + this.format.extension();
	}

	/**
	 * The images of an asset: the configured main images for every channel, then each
	 * profile's images, one file per size and format however many channels take it.
	 */
	static List<ImageTarget> plan(List<ImageSpec> everyChannel, List<Map.Entry<String, ChannelProfile>> profiles) {
		Map<String, ImageTarget> targets = new LinkedHashMap<>();
		for (ImageSpec spec : everyChannel) {
			ImageTarget target = new ImageTarget(spec, ImageFormat.PNG, Long.MAX_VALUE, List.of());
			targets.putIfAbsent(target.fileName(), target);
		}
		for (Map.Entry<String, ChannelProfile> profile : profiles) {
			for (ChannelProfile.ImageSlot slot : profile.getValue().images()) {
				ImageSpec spec = new ImageSpec("main-" + slot.width() + "x" + slot.height(), slot.width(),
						slot.height());
				ImageTarget wanted = new ImageTarget(spec, slot.format(), slot.maxBytes().toBytes(),
						List.of(profile.getKey()));
				targets.merge(wanted.fileName(), wanted, ImageTarget::with);
			}
		}
		return List.copyOf(targets.values());
	}

	/** The same file for the channels of both, within the smaller limit. */
	private ImageTarget with(ImageTarget other) {
		if (this.channels.isEmpty()) {
			return this;
		}
		List<String> both = new ArrayList<>(this.channels);
		other.channels.stream().filter((channel) -> !both.contains(channel)).forEach(both::add);
		return new ImageTarget(this.spec, this.format, Math.min(this.maxBytes, other.maxBytes), both);
	}

}
