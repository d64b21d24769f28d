package io.aigcfactory.production.asset;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Rendition;

/**
 * A produced asset as its API shows it.
 *
 * @param assetId the asset
 * @param requirementId its requirement
 * @param conceptId its concept
 * @param angle its concept's angle
 * @param sku the product's code
 * @param headline its headline
 * @param createdAt when it was produced
 * @param backdrop what its images stand on, and why the drawn backdrop replaced a scene
 * @param renditions its files
 */
public record AssetSummary(AssetId assetId, UUID requirementId, UUID conceptId, String angle, String sku,
		String headline, Instant createdAt, AssetBackdrop backdrop, List<Rendition> renditions) {

}
