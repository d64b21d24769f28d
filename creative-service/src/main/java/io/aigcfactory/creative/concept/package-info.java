/**
 * Concepts: the copy written for a requirement, each from a creative direction (angle,
 * visual style and hook) of the product's category family, and the port through which a
 * template engine or a language model writes it.
 */
@NullMarked
package io.aigcfactory.creative.concept;

import org.jspecify.annotations.NullMarked;
