package io.aigcfactory.creative.concept;

import java.util.Objects;
import java.util.Set;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.BrandKit;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import org.jspecify.annotations.Nullable;

/**
 * What a concept is to be written about.
 *
 * @param tenantId the tenant the requirement belongs to
 * @param requirementId the requirement, or {@code null} outside one (previews, tests)
 * @param product the product facts
 * @param direction the creative direction: angle, style and hook
 * @param variation 0 for the first concept of this direction, higher for each rewrite
 * @param avoidTerms terms that got earlier copy rejected; the writer leaves out facts
 * that contain them
 * @param brand the tenant's brand kit for the product's brand, or {@code null}
 */
public record ConceptBrief(String tenantId, @Nullable RequirementId requirementId, Product product, Direction direction,
		int variation, Set<String> avoidTerms, @Nullable BrandKit brand) {

	public ConceptBrief {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(product, "product");
		Objects.requireNonNull(direction, "direction");
		if (variation < 0) {
			throw new IllegalArgumentException("variation must be >= 0");
		}
		avoidTerms = Set.copyOf(avoidTerms);
	}

	/**
	 * A brief outside any requirement, tenant or brand kit, in the angle's plain
	 * direction.
	 */
	public ConceptBrief(Product product, Angle angle, int variation, Set<String> avoidTerms) {
		this("default", null, product, Direction.of(angle, variation), variation, avoidTerms, null);
	}

	/** The angle the copy argues from. */
	public Angle angle() {
		return this.direction.angle();
	}

}
