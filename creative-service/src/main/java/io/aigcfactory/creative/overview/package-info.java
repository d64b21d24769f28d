/**
 * The factory at a glance, for the operator dashboard: a tenant's throughput per stage,
 * funnel, rejection reasons and failures by stage; and, for administrators, the lag of
 * every consumer group on every topic.
 */
@NullMarked
package io.aigcfactory.creative.overview;

import org.jspecify.annotations.NullMarked;
