/**
 * Concepts: the copy written for a requirement from one angle each, and the port through
 * which a template engine or a language model writes it.
 */
@NullMarked
package io.aigcfactory.creative.concept;

import org.jspecify.annotations.NullMarked;
