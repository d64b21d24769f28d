package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A creative concept was written for a requirement: the copy and the look that production
 * turns into files.
 *
 * @param metadata event metadata
 * @param requirementId the requirement, the topic key
 * @param conceptId this concept
 * @param attempt 1 for the first round, higher for regenerated concepts
 * @param angle the angle the copy argues from
 * @param style the visual style to render with, e.g. {@code bold}
 * @param copy the copy
 * @param product the product facts
 * @param channels the channel ids the requirement targets
 * @param direction the creative direction's id (angle, visual style and hook), or
 * {@code null} from producers that predate directions
 * @param scene what a diffusion model paints behind the layout, or {@code null} for the
 * drawn scene only
 * @param authorship who wrote the copy; the template writer where absent
 * @param brand the tenant's brand kit for this product's brand, or {@code null} without
 * one
 */
public record ConceptCreated(EventMetadata metadata, RequirementId requirementId, ConceptId conceptId, int attempt,
		Angle angle, String style, Copy copy, Product product, List<String> channels, @Nullable String direction,
		@Nullable Scene scene, Authorship authorship, @Nullable BrandKit brand) implements ConceptEvent {

	public ConceptCreated {
		Objects.requireNonNull(metadata, "metadata");
		Objects.requireNonNull(requirementId, "requirementId");
		Objects.requireNonNull(conceptId, "conceptId");
		Contracts.requirePositive(attempt, "attempt");
		Objects.requireNonNull(angle, "angle");
		Contracts.requireText(style, "style");
		Objects.requireNonNull(copy, "copy");
		Objects.requireNonNull(product, "product");
		channels = Contracts.copyOf(channels, "channels");
		authorship = (authorship != null) ? authorship : Authorship.TEMPLATE;
	}

	/** A template-written concept without direction, scene or brand kit. */
	public ConceptCreated(EventMetadata metadata, RequirementId requirementId, ConceptId conceptId, int attempt,
			Angle angle, String style, Copy copy, Product product, List<String> channels) {
		this(metadata, requirementId, conceptId, attempt, angle, style, copy, product, channels, null, null,
				Authorship.TEMPLATE, null);
	}

}
