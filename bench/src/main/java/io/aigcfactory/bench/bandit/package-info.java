/**
 * The bandit's regret simulation: the creative service's Thompson sampling against
 * uniform and ε-greedy choice on a known table of click-through and conversion rates.
 */
@NullMarked
package io.aigcfactory.bench.bandit;

import org.jspecify.annotations.NullMarked;
