/**
 * The end-to-end load driver: submits products to a running platform and measures
 * approved assets per second and per-asset latency from acceptance to publication.
 */
@NullMarked
package io.aigcfactory.bench.pipeline;

import org.jspecify.annotations.NullMarked;
