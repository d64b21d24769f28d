/**
 * Benchmarks of the inference layer: the batcher's load driver against the KServe test
 * server, its self-overhead under JMH, and local embedding batches.
 */
@NullMarked
package io.aigcfactory.bench.inference;

import org.jspecify.annotations.NullMarked;
