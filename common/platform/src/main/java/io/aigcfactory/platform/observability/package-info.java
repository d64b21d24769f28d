/**
 * Observability shared by every service: W3C trace context carried through outbox rows,
 * Kafka headers and deferred work, spans named after OpenTelemetry's messaging
 * conventions, and business meters per stage and tenant.
 */
@NullMarked
package io.aigcfactory.platform.observability;

import org.jspecify.annotations.NullMarked;
