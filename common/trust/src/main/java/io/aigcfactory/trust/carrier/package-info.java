/**
 * Where the implicit label lives in each file format (PNG, JPEG, MP4, HTML, text), read
 * and written over the file's bytes without decoding its pixels or samples, and the
 * verdict on a file's labels.
 */
@NullMarked
package io.aigcfactory.trust.carrier;

import org.jspecify.annotations.NullMarked;
