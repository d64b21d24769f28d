package io.aigcfactory.distribution.channel;

import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Rendition;

/**
 * What a channel receives: an approved asset with its files.
 *
 * @param publicationId the publication's id, stable across retries
 * @param asset the approved asset's verdict, with its product, files and angle
 */
public record Delivery(UUID publicationId, AssetInspected asset) {

	/**
	 * The asset's files a channel receives: those made for every channel and those made
	 * for it, never another channel's sizes.
	 */
	public List<Rendition> filesFor(String channel) {
		return this.asset.renditions().stream().filter((file) -> file.isFor(channel)).toList();
	}

}
