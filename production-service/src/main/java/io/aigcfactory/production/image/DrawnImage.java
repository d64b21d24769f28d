package io.aigcfactory.production.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An image drawn but not yet encoded, with the boxes nothing else may cover.
 *
 * @param pixels the image
 * @param product where the product stands
 * @param price where the price and the call to action are
 * @param logo where the brief's logo was drawn, or {@code null} when none was
 * @param badges where the layout's badges are: the highlights and the header's tag
 */
public record DrawnImage(BufferedImage pixels, Rectangle product, Rectangle price, @Nullable Rectangle logo,
		List<Rectangle> badges) {

	public DrawnImage {
		Objects.requireNonNull(pixels, "pixels");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(price, "price");
		badges = List.copyOf(badges);
	}

	/** An image without badges. */
	public DrawnImage(BufferedImage pixels, Rectangle product, Rectangle price, @Nullable Rectangle logo) {
		this(pixels, product, price, logo, List.of());
	}

	/**
	 * The keep-out rectangles: the product, the price, the logo and the badges. A label
	 * or mark added after rendering goes outside them.
	 */
	public List<Rectangle> keepOut() {
		List<Rectangle> boxes = new ArrayList<>(List.of(this.product, this.price));
		if (this.logo != null) {
			boxes.add(this.logo);
		}
		boxes.addAll(this.badges);
		return List.copyOf(boxes);
	}

	public int width() {
		return this.pixels.getWidth();
	}

	public int height() {
		return this.pixels.getHeight();
	}

}
