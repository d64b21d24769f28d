/**
 * Kafka listeners of the creative service: thin adapters that deduplicate on the event id
 * and hand each event to its feature.
 */
@NullMarked
package io.aigcfactory.creative.messaging;

import org.jspecify.annotations.NullMarked;
