/**
 * Micrometer metrics and OpenTelemetry spans for batches, queues and endpoints.
 */
@NullMarked
package io.aigcfactory.inference.telemetry;

import org.jspecify.annotations.NullMarked;
