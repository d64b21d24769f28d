package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;

import org.jspecify.annotations.Nullable;

/**
 * What an asset's images stand on: a generated scene, or the drawn backdrop because none
 * was asked for or because generating it failed.
 */
public sealed interface Backdrop permits Backdrop.Generated, Backdrop.Drawn, Backdrop.FellBack {

	/** The generated scene to paint behind the layout, or {@code null} to draw one. */
	@Nullable BufferedImage scene();

	/**
	 * A scene painted by the diffusion model.
	 *
	 * @param image the scene at the generator's size
	 */
	record Generated(BufferedImage image) implements Backdrop {

		@Override
		public BufferedImage scene() {
			return this.image;
		}

	}

	/**
	 * The drawn backdrop, as planned: the concept asked for no scene, or none is
	 * configured.
	 */
	record Drawn() implements Backdrop {

		@Override
		public @Nullable BufferedImage scene() {
			return null;
		}

	}

	/**
	 * The drawn backdrop in place of a scene that could not be generated.
	 *
	 * @param reason why, starting with a stable code such as {@code DEADLINE_EXCEEDED}
	 */
	record FellBack(String reason) implements Backdrop {

		@Override
		public @Nullable BufferedImage scene() {
			return null;
		}

	}

}
