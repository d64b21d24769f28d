/**
 * Images: the port that renders an image for a concept in one platform size, and the
 * sizes each platform wants.
 */
@NullMarked
package io.aigcfactory.production.image;

import org.jspecify.annotations.NullMarked;
