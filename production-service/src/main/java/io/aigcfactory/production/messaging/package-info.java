/**
 * Kafka listeners of the production service.
 */
@NullMarked
package io.aigcfactory.production.messaging;

import org.jspecify.annotations.NullMarked;
