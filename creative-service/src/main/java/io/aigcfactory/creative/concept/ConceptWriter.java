package io.aigcfactory.creative.concept;

/**
 * Writes a concept for a product from one creative direction. The offline template engine
 * is the default; {@code concept/llm} holds the language-model writer.
 */
public interface ConceptWriter {

	/**
	 * Writes a concept for the brief. Different variations of the same product and
	 * direction give noticeably different copy, so a rejected near-duplicate can be
	 * written again.
	 * @param brief what to write about
	 * @return the copy, built from the product's own facts only, with its scene and
	 * authorship
	 */
	WrittenConcept write(ConceptBrief brief);

}
