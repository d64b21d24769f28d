/**
 * Tensors and their KServe v2 wire encodings: little-endian raw contents for every data
 * type and the length-prefixed BYTES format.
 */
@NullMarked
package io.aigcfactory.inference.codec;

import org.jspecify.annotations.NullMarked;
