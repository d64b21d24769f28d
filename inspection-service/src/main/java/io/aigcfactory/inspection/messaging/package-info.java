/**
 * Kafka listeners of the inspection service.
 */
@NullMarked
package io.aigcfactory.inspection.messaging;

import org.jspecify.annotations.NullMarked;
