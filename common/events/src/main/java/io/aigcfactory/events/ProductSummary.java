package io.aigcfactory.events;

import java.util.List;

/**
 * The few product facts that travel with an asset after production.
 *
 * @param sku the merchant's product code
 * @param title product title
 * @param brand brand name
 * @param category category, used by category-specific rules and insights
 * @param facts the merchant's own statements about the product (its selling points, e.g.
 * {@code 续航 40 小时}), against which inspection checks the numbers in the copy; empty when
 * unknown, and in events written before the field existed
 */
public record ProductSummary(String sku, String title, String brand, String category, List<String> facts) {

	public ProductSummary {
		Contracts.requireText(sku, "sku");
		Contracts.requireText(title, "title");
		Contracts.requireText(brand, "brand");
		Contracts.requireText(category, "category");
		facts = Contracts.copyOrEmpty(facts);
	}

	/** A summary without facts. */
	public ProductSummary(String sku, String title, String brand, String category) {
		this(sku, title, brand, category, List.of());
	}

}
