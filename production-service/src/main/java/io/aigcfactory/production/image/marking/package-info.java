/**
 * The AI-generated marks production puts on every file: the visible mark on images, the
 * text label on copy, the invisible watermark and the signed implicit label.
 */
@NullMarked
package io.aigcfactory.production.image.marking;

import org.jspecify.annotations.NullMarked;
