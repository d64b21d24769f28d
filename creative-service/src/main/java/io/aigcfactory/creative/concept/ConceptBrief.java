package io.aigcfactory.creative.concept;

import java.util.Objects;
import java.util.Set;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.Product;

/**
 * What a concept is to be written about.
 *
 * @param product the product facts
 * @param angle the angle to argue from
 * @param variation 0 for the first concept of this angle, higher for each rewrite
 * @param avoidTerms terms that got earlier copy rejected; the writer leaves out facts
 * that contain them
 */
public record ConceptBrief(Product product, Angle angle, int variation, Set<String> avoidTerms) {

	public ConceptBrief {
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(angle, "angle");
		if (variation < 0) {
			throw new IllegalArgumentException("variation must be >= 0");
		}
		avoidTerms = Set.copyOf(avoidTerms);
	}

}
