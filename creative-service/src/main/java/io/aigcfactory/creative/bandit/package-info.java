/**
 * The angle bandit: learns from insights which creative angles earn clicks and
 * conversions per tenant, category and channel, weighting old evidence down, and ranks
 * angles for new concepts by Thompson sampling with an exploration floor, explaining each
 * place.
 */
@NullMarked
package io.aigcfactory.creative.bandit;

import org.jspecify.annotations.NullMarked;
