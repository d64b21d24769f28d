package io.aigcfactory.production.image;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.Objects;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.ProductSummary;
import org.jspecify.annotations.Nullable;

/**
 * What an image shows.
 *
 * @param product the product
 * @param price the price to show, in yuan
 * @param copy the concept's copy: headline, highlights, call to action
 * @param angle the concept's angle
 * @param style the concept's visual style, e.g. {@code bold}; unknown styles fall back to
 * the default look
 * @param photo the product's own photo, decoded, or {@code null} to draw a stand-in
 * @param scene a generated background scene, or {@code null} for the drawn one
 * @param brand the brand kit whose colours the layout keeps to, or {@code null}
 * @param logo the brand's logo, decoded, or {@code null}
 */
public record ImageBrief(ProductSummary product, BigDecimal price, Copy copy, Angle angle, String style,
		@Nullable BufferedImage photo, @Nullable BufferedImage scene, @Nullable BrandKit brand,
		@Nullable BufferedImage logo) {

	public ImageBrief {
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(price, "price");
		Objects.requireNonNull(copy, "copy");
		Objects.requireNonNull(angle, "angle");
		Objects.requireNonNull(style, "style");
	}

	/** A brief without photo, generated scene or brand kit. */
	public ImageBrief(ProductSummary product, BigDecimal price, Copy copy, Angle angle, String style) {
		this(product, price, copy, angle, style, null, null, null, null);
	}

}
