package io.aigcfactory.events;

/**
 * The few product facts that travel with an asset after production.
 *
 * @param sku the merchant's product code
 * @param title product title
 * @param brand brand name
 * @param category category, used by category-specific rules and insights
 */
public record ProductSummary(String sku, String title, String brand, String category) {

	public ProductSummary {
		Contracts.requireText(sku, "sku");
		Contracts.requireText(title, "title");
		Contracts.requireText(brand, "brand");
		Contracts.requireText(category, "category");
	}

}
