/**
 * The Java2D layout renderer: draws a concept's copy, price and brand over an abstract
 * product stage with bundled CJK fonts, on the CPU.
 */
@NullMarked
package io.aigcfactory.production.image.local;

import org.jspecify.annotations.NullMarked;
