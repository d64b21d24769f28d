package io.aigcfactory.creative.requirement;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A product as an e-commerce backend submits it, before validation: every field may be
 * missing, and {@link SubmissionRules} says what is wrong with it.
 *
 * @param sku the merchant's product code; generated when absent
 * @param title product title
 * @param brand brand name
 * @param category category, e.g. {@code 数码/耳机}
 * @param price list price in yuan
 * @param sellingPoints selling points, most important first
 * @param audience who the product is for
 * @param description optional free text
 * @param channels channel ids to publish to
 * @param variantCount how many approved assets are wanted
 * @param images the product's photos, main photo first: http(s) URLs or ids of photos
 * uploaded to {@code /api/v1/media}
 */
public record Submission(@Nullable String sku, @Nullable String title, @Nullable String brand,
		@Nullable String category, @Nullable BigDecimal price, @Nullable List<String> sellingPoints,
		@Nullable String audience, @Nullable String description, @Nullable List<String> channels,
		@Nullable Integer variantCount, @Nullable List<String> images) {

	/** A submission without photos. */
	public Submission(@Nullable String sku, @Nullable String title, @Nullable String brand, @Nullable String category,
			@Nullable BigDecimal price, @Nullable List<String> sellingPoints, @Nullable String audience,
			@Nullable String description, @Nullable List<String> channels, @Nullable Integer variantCount) {
		this(sku, title, brand, category, price, sellingPoints, audience, description, channels, variantCount, null);
	}

}
