/**
 * The angle bandit: learns from insights which creative angles earn clicks per tenant and
 * category, and ranks angles for new concepts by Thompson sampling.
 */
@NullMarked
package io.aigcfactory.creative.bandit;

import org.jspecify.annotations.NullMarked;
