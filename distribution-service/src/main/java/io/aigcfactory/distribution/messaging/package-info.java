/**
 * Kafka listeners of the distribution service.
 */
@NullMarked
package io.aigcfactory.distribution.messaging;

import org.jspecify.annotations.NullMarked;
