package io.aigcfactory.production.asset;

import io.aigcfactory.production.video.Narration;
import org.jspecify.annotations.Nullable;

/**
 * Who narrated an asset's video, as recorded.
 *
 * @param voice the voice that spoke, {@code NONE} for captions only
 * @param fallback why that voice replaced the configured one, e.g.
 * {@code BACKEND_FAILURE: ...}; {@code null} when nothing fell back
 */
record AssetNarration(Narration.Voice voice, @Nullable String fallback) {

}
