/**
 * The feedback service: takes impressions, clicks and conversions from channels and turns
 * them into per-asset figures and per-angle insights.
 */
@NullMarked
package io.aigcfactory.feedback;

import org.jspecify.annotations.NullMarked;
