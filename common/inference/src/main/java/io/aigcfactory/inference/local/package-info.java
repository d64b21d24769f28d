/**
 * In-process CPU models run behind the same batcher as remote ones, such as the
 * bge-small-zh embedding through ONNX Runtime.
 */
@NullMarked
package io.aigcfactory.inference.local;

import org.jspecify.annotations.NullMarked;
