package io.aigcfactory.creative.concept;

import io.aigcfactory.events.Copy;

/**
 * Writes ad copy for a product from one angle. The offline template engine fills it
 * without a GPU; a language-model adapter fills it in clusters.
 */
public interface ConceptWriter {

	/**
	 * Writes copy for the brief. Different variations of the same product and angle give
	 * noticeably different copy, so a rejected near-duplicate can be written again.
	 * @param brief what to write about
	 * @return the copy, built from the product's own facts only
	 */
	Copy write(ConceptBrief brief);

}
