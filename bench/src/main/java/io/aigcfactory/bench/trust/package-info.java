/**
 * The invisible watermark's robustness matrix, false-payload count and timings.
 */
@NullMarked
package io.aigcfactory.bench.trust;

import org.jspecify.annotations.NullMarked;
