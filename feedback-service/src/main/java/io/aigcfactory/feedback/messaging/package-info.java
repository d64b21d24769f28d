/**
 * Kafka listeners of the feedback service.
 */
@NullMarked
package io.aigcfactory.feedback.messaging;

import org.jspecify.annotations.NullMarked;
