package io.aigcfactory.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The product facts a requirement was submitted with; copy is written from these alone.
 *
 * @param sku the merchant's own product code
 * @param title product title as listed
 * @param brand brand name
 * @param category category path or name, e.g. {@code 数码/耳机}
 * @param price list price in yuan, kept at two decimal places
 * @param sellingPoints the merchant's selling points, most important first
 * @param audience who the product is for
 * @param description optional free-text description
 * @param images the product's own photos as blob URIs, main photo first; empty when the
 * product came without a photo
 */
public record Product(String sku, String title, String brand, String category, BigDecimal price,
		List<String> sellingPoints, String audience, @Nullable String description, List<String> images) {

	public Product {
		Contracts.requireText(sku, "sku");
		Contracts.requireText(title, "title");
		Contracts.requireText(brand, "brand");
		Contracts.requireText(category, "category");
		Objects.requireNonNull(price, "price");
		if (price.signum() < 0) {
			throw new IllegalArgumentException("price must be >= 0");
		}
		if (price.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("price must have at most 2 decimal places");
		}
		price = price.setScale(2, RoundingMode.UNNECESSARY);
		sellingPoints = Contracts.copyOf(sellingPoints, "sellingPoints");
		Contracts.requireText(audience, "audience");
		images = Contracts.copyOrEmpty(images);
	}

	/** A product without photos. */
	public Product(String sku, String title, String brand, String category, BigDecimal price,
			List<String> sellingPoints, String audience, @Nullable String description) {
		this(sku, title, brand, category, price, sellingPoints, audience, description, List.of());
	}

	/** The same product with these photos. */
	public Product withImages(List<String> images) {
		return new Product(this.sku, this.title, this.brand, this.category, this.price, this.sellingPoints,
				this.audience, this.description, images);
	}

	public ProductSummary summary() {
		return new ProductSummary(this.sku, this.title, this.brand, this.category, this.sellingPoints);
	}

}
