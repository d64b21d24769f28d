/**
 * The copy rendition: the concept's copy as the plain-text file channels receive.
 */
@NullMarked
package io.aigcfactory.production.copy;

import org.jspecify.annotations.NullMarked;
