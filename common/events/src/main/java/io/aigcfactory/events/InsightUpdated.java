package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

/**
 * The performance of the angles within one tenant's category changed.
 *
 * @param metadata event metadata; its tenant and the category make the topic key
 * @param category the product category
 * @param angles cumulative figures per angle
 */
public record InsightUpdated(EventMetadata metadata, String category,
		List<AngleInsight> angles) implements InsightEvent {

	public InsightUpdated {
		Objects.requireNonNull(metadata, "metadata");
		Contracts.requireText(category, "category");
		angles = Contracts.copyOf(angles, "angles");
	}

}
