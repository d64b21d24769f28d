/**
 * The production service: turns concepts into stored files (copy, images) and announces
 * each produced asset.
 */
@NullMarked
package io.aigcfactory.production;

import org.jspecify.annotations.NullMarked;
