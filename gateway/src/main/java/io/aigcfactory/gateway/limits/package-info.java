/**
 * Limits at the gateway: requests per credential (token buckets, in memory or in Redis),
 * request sizes, and responses with tenant data kept out of shared caches.
 */
@NullMarked
package io.aigcfactory.gateway.limits;

import org.jspecify.annotations.NullMarked;
