package io.aigcfactory.distribution.channel;

import java.util.UUID;

import io.aigcfactory.events.AssetInspected;

/**
 * What a channel receives: an approved asset with its files.
 *
 * @param publicationId the publication's id, stable across retries
 * @param asset the approved asset's verdict, with its product, files and angle
 */
public record Delivery(UUID publicationId, AssetInspected asset) {

}
