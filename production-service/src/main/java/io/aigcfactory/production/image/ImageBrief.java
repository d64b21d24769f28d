package io.aigcfactory.production.image;

import java.math.BigDecimal;
import java.util.Objects;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.ProductSummary;

/**
 * What an image shows.
 *
 * @param product the product
 * @param price the price to show, in yuan
 * @param copy the concept's copy: headline, highlights, call to action
 * @param angle the concept's angle
 * @param style the concept's visual style, e.g. {@code bold}; unknown styles fall back to
 * the default look
 */
public record ImageBrief(ProductSummary product, BigDecimal price, Copy copy, Angle angle, String style) {

	public ImageBrief {
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(price, "price");
		Objects.requireNonNull(copy, "copy");
		Objects.requireNonNull(angle, "angle");
		Objects.requireNonNull(style, "style");
	}

}
