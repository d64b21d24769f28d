/**
 * The tiered cache of model outputs: a hot tier in the shared key-value cache (Redis in
 * the cluster, Caffeine embedded) over a long-tail tier of files on disk.
 */
@NullMarked
package io.aigcfactory.platform.modelcache;

import org.jspecify.annotations.NullMarked;
