package io.aigcfactory.production.asset;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.production.brand.BrandScore;
import org.jspecify.annotations.Nullable;

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
 * @param failures the renditions it could not get, each with its reason
 * @param narration who narrated its video: {@code TRITON}, {@code ESPEAK_NG}, or
 * {@code NONE} for captions only; {@code null} without a video
 * @param narrationFallback why that voice replaced the configured one, e.g.
 * {@code BACKEND_FAILURE: ...}; {@code null} when nothing fell back
 * @param brandCompliance how well it keeps to the brand kit it was produced with, with
 * each part's score; {@code null} when produced without a kit
 */
public record AssetSummary(AssetId assetId, UUID requirementId, UUID conceptId, String angle, String sku,
		String headline, Instant createdAt, AssetBackdrop backdrop, List<Rendition> renditions,
		List<RenditionFailure> failures, @Nullable String narration, @Nullable String narrationFallback,
		@Nullable BrandScore brandCompliance) {

}
