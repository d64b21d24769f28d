/**
 * A KServe v2 gRPC server for tests and benchmarks that serves fake models with a
 * configurable cost per batch, in-process or over a real socket.
 */
@NullMarked
package io.aigcfactory.test.kserve;

import org.jspecify.annotations.NullMarked;
