/**
 * Key-value cache port with a Caffeine adapter (embedded) and a Redis adapter over
 * Lettuce (cluster).
 */
@NullMarked
package io.aigcfactory.platform.cache;

import org.jspecify.annotations.NullMarked;
