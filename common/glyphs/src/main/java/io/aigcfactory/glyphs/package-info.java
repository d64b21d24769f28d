/**
 * The fonts text is drawn with, and which characters they can draw: the one source of
 * truth for both the services that draw text and those that accept it.
 */
@NullMarked
package io.aigcfactory.glyphs;

import org.jspecify.annotations.NullMarked;
