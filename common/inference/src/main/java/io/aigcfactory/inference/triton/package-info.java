/**
 * KServe v2 gRPC client for Triton and the backends that send batches and decoupled
 * streams to it.
 */
@NullMarked
package io.aigcfactory.inference.triton;

import org.jspecify.annotations.NullMarked;
