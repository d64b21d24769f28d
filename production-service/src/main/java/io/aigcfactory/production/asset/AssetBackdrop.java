package io.aigcfactory.production.asset;

import io.aigcfactory.production.image.Backdrop;
import org.jspecify.annotations.Nullable;

/**
 * What an asset's images stand on, as recorded.
 *
 * @param kind the generated scene or the drawn backdrop
 * @param fallback why the drawn backdrop replaced the scene the concept asked for, e.g.
 * {@code DEADLINE_EXCEEDED: ...}; {@code null} when nothing fell back
 */
public record AssetBackdrop(Kind kind, @Nullable String fallback) {

	static AssetBackdrop of(Backdrop backdrop) {
		return switch (backdrop) {
			case Backdrop.Generated generated -> new AssetBackdrop(Kind.GENERATED, null);
			case Backdrop.Drawn drawn -> new AssetBackdrop(Kind.DRAWN, null);
			case Backdrop.FellBack fellBack -> new AssetBackdrop(Kind.DRAWN, fellBack.reason());
		};
	}

	/** Where the backdrop came from. */
	public enum Kind {

		/** A scene from the diffusion model. */
		GENERATED,

		/** The layout's own drawn backdrop. */
		DRAWN

	}

}
