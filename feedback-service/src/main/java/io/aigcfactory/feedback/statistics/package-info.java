/**
 * Statistics: cumulative impressions, clicks and conversions per asset and per angle, and
 * the insights announced to the creative service.
 */
@NullMarked
package io.aigcfactory.feedback.statistics;

import org.jspecify.annotations.NullMarked;
