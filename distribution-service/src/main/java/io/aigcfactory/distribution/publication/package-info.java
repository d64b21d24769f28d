/**
 * Publications: one per approved asset and target channel, delivered by a worker with
 * retries and backoff, each outcome announced on {@code aigc.publication.v1}.
 */
@NullMarked
package io.aigcfactory.distribution.publication;

import org.jspecify.annotations.NullMarked;
