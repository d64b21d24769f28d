/**
 * The model output cache on a repeated catalog: hit ratios by tier and type.
 */
@NullMarked
package io.aigcfactory.bench.cache;

import org.jspecify.annotations.NullMarked;
