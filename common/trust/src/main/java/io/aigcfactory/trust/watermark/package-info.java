/**
 * The invisible watermark: a 64-bit payload (tenant and asset) with a CRC-32 check code,
 * spread over a tiled pattern in the luminance, found again after re-encoding, resizing,
 * cropping and brightness changes.
 */
@NullMarked
package io.aigcfactory.trust.watermark;

import org.jspecify.annotations.NullMarked;
