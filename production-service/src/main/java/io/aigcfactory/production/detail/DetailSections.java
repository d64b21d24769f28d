package io.aigcfactory.production.detail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.aigcfactory.events.ConceptCreated;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.Product;

/**
 * What a detail page says, section by section; the HTML page and the long image are both
 * drawn from this, so they never disagree.
 *
 * @param title the product's title
 * @param headline the hero's headline
 * @param body the hero's body copy
 * @param price the price, e.g. {@code ¥89.90}
 * @param callToAction the closing prompt
 * @param sellingPoints the selling points, the merchant's first
 * @param specs the specification table, from the product's facts only
 * @param scenes usage scenes
 * @param promises the service promises
 */
public record DetailSections(String title, String headline, String body, String price, String callToAction,
		List<String> sellingPoints, List<Spec> specs, List<Scene> scenes, List<String> promises) {

	public DetailSections {
		sellingPoints = List.copyOf(sellingPoints);
		specs = List.copyOf(specs);
		scenes = List.copyOf(scenes);
		promises = List.copyOf(promises);
	}

	/** The sections of a concept's detail page. */
	public static DetailSections of(ConceptCreated concept, List<String> promises) {
		Product product = concept.product();
		Copy copy = concept.copy();
		LinkedHashSet<String> points = new LinkedHashSet<>(product.sellingPoints());
		points.addAll(copy.highlights());
		return new DetailSections(product.title(), copy.headline(), copy.body(), "¥" + product.price().toPlainString(),
				copy.callToAction(), List.copyOf(points), specs(product), scenes(product, copy), promises);
	}

	private static List<Spec> specs(Product product) {
		List<Spec> specs = new ArrayList<>();
		specs.add(new Spec("商品名称", product.title()));
		specs.add(new Spec("品牌", product.brand()));
		specs.add(new Spec("品类", product.category()));
		specs.add(new Spec("货号", product.sku()));
		specs.add(new Spec("价格", "¥" + product.price().toPlainString()));
		specs.add(new Spec("适用人群", product.audience()));
		if (product.description() != null && !product.description().isBlank()) {
			specs.add(new Spec("说明", product.description()));
		}
		return specs;
	}

	/**
	 * The scenes the product is used in: who it is for, in the concept's words, then one
	 * per leading selling point.
	 */
	private static List<Scene> scenes(Product product, Copy copy) {
		List<Scene> scenes = new ArrayList<>();
		scenes.add(new Scene(product.audience(), copy.body()));
		product.sellingPoints()
			.stream()
			.limit(2)
			.forEach((point) -> scenes.add(new Scene(point, product.audience() + "的日常里，" + point + "。")));
		return scenes;
	}

	/**
	 * One row of the specification table.
	 *
	 * @param name what the fact is
	 * @param value the fact
	 */
	public record Spec(String name, String value) {

	}

	/**
	 * A usage scene.
	 *
	 * @param title who or what
	 * @param text the scene in a sentence
	 */
	public record Scene(String title, String text) {

	}

}
